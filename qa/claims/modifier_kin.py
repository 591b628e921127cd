"""A claim's adjective or adverb stated, for support, by a kindred one in its place ("a grave
risk to the crews" / "a serious risk to the crews"; "chiefly by barge" / "mainly by barge";
"the whole archive" / "the entire archive").

The first-sense tables and the paraphrase table (which reads adjectives in the first two
senses only, and adverbs of manner only) leave these words unverified: WordNet files the two in
one synset in a sense that is not the first of one of them, or one as a satellite of the
other's head ("entire" of "whole"). The table `qa/search/data/wordnet_modifier_kin.txt`
(`tools/wordnet_modifier_kin.py`, WordNet 3.0) lists each word with the words that state it:
those sharing a synset with it, and the satellites of its head, in senses frequent enough for
both (tagged uses), never an antonym; a head does not state its satellite ("large" does not
state "huge"), nor a satellite its sister ("little" does not state "tiny"), as "some" does not
state "most".

As for nouns (`qa.claims.noun_kin`), whose guard this reading shares: any sense of a modifier
lets a loose synonym state another claim, so the kin counts only in the claim word's own place
(`beside_alike`) and where the sentence states ANCHORS names, figures or dates of the claim,
contradicts none and its passage states the others.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE, entry
from .compare import Comparison
from .facts import Parsed, Token
from .noun_kin import terms_by_kin
from .paraphrase import plain

MODIFIER_KIN = TABLE.with_name("wordnet_modifier_kin.txt")


def modifier_kin_terms(claim: Parsed, sentence: Parsed, found: Comparison) -> frozenset[str]:
    """The claim's adjectives and adverbs the sentence states by a kindred word in the same
    place, when it states ANCHORS typed facts of the claim, differs on none, and its passage
    states the rest (`noun_kin.terms_by_kin`; a capitalised word of the sentence is a name's
    or a title's, as for nouns)."""
    return terms_by_kin(claim, sentence, found, stated_by)


@lru_cache(maxsize=1024)
def stated_by(tokens: tuple[Token, ...]) -> tuple[tuple[int, Token, frozenset[str]], ...]:
    """The claim's plain lower-case words the table lists, with the words that state them
    (remembered: a claim is aligned with every sentence of its passages)."""
    return tuple((i, a, kin) for i, a in enumerate(tokens)
                 if plain(a) and len(a.terms) == 1 and a.word.islower()
                 and (kin := kin_of(a.word)))


@lru_cache(maxsize=8192)
def kin_of(word: str) -> frozenset[str]:
    """The words the table says state the word."""
    words = entry(word, MODIFIER_KIN)
    return frozenset(words.split("|")) if words else frozenset()
