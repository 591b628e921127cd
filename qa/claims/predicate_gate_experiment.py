"""EXPERIMENT (round 45, not to be kept): support needs the claim's main verb stated, by its
terms, a form, a kin (`predicate_kin`) or any full-WordNet relative (every sense's synonyms,
hypernyms and hyponyms two steps, verb groups, derivations). Reads WordNet 3.0 from /tmp."""
from __future__ import annotations

import re
import sys

from .main_verb import main_verb

sys.path.insert(0, "/tmp/v45")
import wn  # noqa: E402
from analyze_kin import kin_cached, sentence_lemmas, verb_lemma  # noqa: E402

OPTS = {"senses": None, "up": 2, "down": 2, "group": 1}


def predicate_unstated(claim, sentence, stated) -> bool:
    verb = main_verb(claim)
    if verb is None or not verb.terms or set(verb.terms) & stated:
        return False
    lemma = verb_lemma(verb.word)
    words = kin_cached(lemma, tuple(sorted(OPTS.items())))
    i = claim.tokens.index(verb)
    if i + 1 < len(claim.tokens):
        phrase = lemma + "_" + claim.tokens[i + 1].word.lower()
        if phrase in wn.index["v"]:
            words = words | kin_cached(phrase, tuple(sorted(OPTS.items())))
    return not words & sentence_lemmas(sentence.text)
