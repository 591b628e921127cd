"""A single verb that stands for a claim's phrasal verb, written in the sentence only as the
noun of a thing: "give birth" (WordNet: bear) is not stated by "the brown bears", nor "take
flight" (fly) by "the house flies".

`phrasal` counts a claim's verb and its particle or bare noun as stated when the sentence
writes the one verb for them in any form. The stemmer makes one term of the verb and of the
noun spelt alike, so a sentence about an animal, a tool or a food whose name is the verb's
spelling stated the claim's deed though it tells of no deed at all: "cod give birth in deep
water" was supported by a sentence naming "grey seals and polar bears" as the fish's
predators. A noun of an act keeps its place ("the transfer" states "handed over"): only a
noun whose first WordNet sense is a concrete kind (`wordnet.concrete_kind`: an animal, an
artifact, a food, a plant ...) is read as a thing.

A thing noun: the word right after a determiner or an owner ("the bears", "its flies"), a
word used mostly as an adjective ("polar bears", `wordnet.adjectives`) or a preposition
that takes a noun ("a species of bear"; not "to"), in the same clause. A word after a noun
("the seals bear their young") is left a verb.
"""
from __future__ import annotations

from ..search.wordnet import adjectives, concrete_kind
from .facts import DETERMINERS, POSSESSIVE_ENDINGS, Parsed

# prepositions a verb's plain form never follows ("to" does: "to bear")
NOUN_PREPOSITIONS = frozenset("of in on at for with from by about into among between".split())


def only_as_things(terms: frozenset[str], sentence: Parsed) -> bool:
    """Every word of the sentence carrying one of `terms` is a concrete thing's noun (and
    there is one: a term given by an irregular form alone is a verb's)."""
    places = [k for k, t in enumerate(sentence.tokens) if terms.intersection(t.terms)]
    return bool(places) and all(thing_at(sentence, k) for k in places)


def thing_at(sentence: Parsed, k: int) -> bool:
    """The k-th word is a concrete kind's noun after a determiner, an owner or an
    adjective of its clause."""
    token = sentence.tokens[k]
    if k == 0 or token.brk or not concrete_kind(token.word):
        return False
    before = sentence.tokens[k - 1].lower
    return before in DETERMINERS or before in NOUN_PREPOSITIONS \
        or before.endswith(POSSESSIVE_ENDINGS) or before in adjectives()
