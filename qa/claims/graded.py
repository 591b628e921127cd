"""The adjective a graded word is made from, so that its WordNet antonyms reach it.

WordNet opposes adjectives ("tight" / "loose", "wide" / "narrow", "fast" / "slow"), but a
text often states the quality as it changes or compares: a comparative ("wider", "slower",
"looser") or a verb of change made of the adjective with "-en" ("tightened", "loosening",
"widened"), which means to make or become more of it. The stemmer keeps "wider" and "faster"
whole, and WordNet 3.0 gives "tighten" and "loosen" no antonym (nor a derivation from "tight"),
so "The bridge is narrower than the old one" / "... wider than the old one" and "the council
loosened the rules" / "the council tightened the rules" were read as no opposites at all, and
the claim, every other word stated, was supported.

Graded this way: a comparative or superlative of an adjective with antonyms (`degree.positive`:
"wider", "heavier", "biggest"), and a verb in "-en" (any form: "tightened", "loosening") whose
first sense is a verb of change (it has a direction, or "change" among its hypernyms:
`hypernym_antonyms`), made of a gradable adjective with antonyms (one WordNet gives an attribute,
`wordnet.attributes`: tight -> texture, wide -> width). "fasten", "threaten", "listen" are no
verbs of change; "strengthen" is made of a noun, and "eaten" is a form of "eat". A comparative
and an "-en" verb both say "more of the adjective", so either opposes what the adjective's
antonym, graded or not, says.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import (antonyms, attributes, base_forms, direction, hypernym_antonyms,
                              verb_base, verbs)
from .degree import positive
from .facts import UNMADE, Parsed, Token, remembered
from .vocabulary import Vocabulary

COMPARATIVE_ENDINGS = ("er", "est")
VERB_SUFFIX = "en"


@lru_cache(maxsize=8192)
def graded_adjective(word: str) -> str | None:
    """The adjective with antonyms that `word` grades ("wider" -> wide, "tightened" -> tight,
    "loosening" -> loose), or None."""
    word = word.lower()
    if not word.isalpha():
        return None
    for ending in COMPARATIVE_ENDINGS:
        found = positive(word, ending)
        # a gradable adjective's, and no verb of its own: not "worker", "founder", "number"
        if found and attributes(found) and word not in verbs():
            return found
    for verb in base_forms(word):  # "tightened" -> tighten
        if verb.endswith(VERB_SUFFIX) and changes(verb) and not verb_base(verb):
            found = en_adjective(verb)
            if found:
                return found
    return None


def changes(verb: str) -> bool:
    """The verb's first sense is one of change: it has a direction, or "change" above it."""
    return bool(direction(verb) or hypernym_antonyms(verb)[1])


def en_adjective(verb: str) -> str | None:
    """The gradable adjective with antonyms a verb in "-en" is made of: "tighten" -> tight,
    "widen" -> wide, "flatten" -> flat; None."""
    stem = verb[:-len(VERB_SUFFIX)]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:  # "flatten"
        candidates.append(stem[:-1])
    return next((c for c in candidates if len(c) > 2 and attributes(c) and antonyms(c)), None)


def graded_terms(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the adjective `word` grades, {} if none, remembered per vocabulary."""
    found = vocab.graded.get(word)
    if found is None:
        adjective = graded_adjective(word)
        found = vocab.graded[word] = set(vocab.analyzer.terms(adjective)) if adjective else set()
    return found


def graded_opposites(word: str, vocab: Vocabulary) -> set[str]:
    """The stems of the words that oppose `word` graded: the antonyms of the adjective it
    grades ("tightened": loose, lax ...), and the adjectives its own antonyms grade
    ("strengthened": weaken, so weak); {} if none."""
    return {t for w in graded_antonyms(word) for t in vocab.analyzer.terms(w)}


@lru_cache(maxsize=4096)
def graded_antonyms(word: str) -> frozenset[str]:
    """The one-word opposites of `word` graded (`graded_opposites`). Only a verb of change
    lends its antonyms' adjectives: the table opposes comparatives to other words ("little" /
    "larger"), and "the Little Ice Age" is not set against "a large ice sheet"."""
    adjective = graded_adjective(word)
    found = set(antonyms(adjective)) if adjective else set()
    if any(changes(form) for form in base_forms(word)):
        found.update(a for w in antonyms(word) if (a := graded_adjective(w)))
    return frozenset(w for w in found if " " not in w)


def sentence_graded(sentence: Parsed, vocab: Vocabulary) -> dict[int, set[str]]:
    """The stems of the adjective each graded word of the sentence grades, by the token's id:
    the sentence's alone, remembered on its parse."""
    memo_key = ("graded", vocab)
    found = sentence.memo.get(memo_key, UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(sentence, memo_key, find_graded, sentence, vocab)
    return found


def find_graded(sentence: Parsed, vocab: Vocabulary) -> dict[int, set[str]]:
    return {id(t): found for t in sentence.tokens
            if (found := graded_terms(t.lower, vocab))}


def graded_form(a: Token, b: Token) -> bool:
    """`b` is an opposite of `a` graded: `b`, or the adjective it grades, opposes `a` or the
    adjective `a` grades ("narrower" / "wider", "tightened" / "loosened", "strengthened" /
    "weaker")."""
    mine = graded_antonyms(a.word.lower()) | set(antonyms(a.word.lower()))
    word = b.word.lower()
    theirs = graded_adjective(word)
    return bool(theirs and theirs in mine) or bool(graded_antonyms(a.word.lower())) \
        and any(f in mine for f in base_forms(word))
