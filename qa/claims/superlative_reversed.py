"""A claim's superlative that the sentence writes at the other end of its scale: "the least
crowded ferry" against "the most crowded ferry" or "the busiest ferry".

Stems read "busiest" and "busy" as one word, and "least" and "most" are stopwords, so a
sentence calling a thing the busiest stated the claim that it was the least busy, with only
"least" unverified. A superlative picks one end of a set: "least X" the low end, "Xest" and
"most X" the high end, whether or not it names a noun ("the least crowded ferry" names a ferry
by being at the low end; `degree_reversed` leaves a comparative before a noun alone, since
"the saltier brine" tells no change). Read here as an adjective and a sign, the adjective
gradable as `degree_reversed.gradable` reads it (a WordNet attribute's value, or a word
WordNet opposes to another), not denied or bounded ("not the least crowded"). The claim's
superlative whose adjective the sentence writes only at the other end reverses it: the sentence
never supports the claim and contradicts it where it states the rest
(`opposition.opposed`).
"""
from __future__ import annotations

from .degree_reversed import read_graded
from .facts import Parsed, Token, remembered
from .vocabulary import Vocabulary

SIGNS = {"most": 1, "least": -1}


def superlatives(text: Parsed) -> list[tuple[int, str, int]]:
    """(index of the adjective, the adjective, +1 or -1) for each superlative of a gradable
    adjective: "busiest" (busy, +1), "most busy" (busy, +1), "least busy" (busy, -1);
    remembered on the parse."""
    return remembered(text, ("superlatives",), read_superlatives, text)


def read_superlatives(text: Parsed) -> list[tuple[int, str, int]]:
    return read_graded(text, SIGNS, "est")


def superlative_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                         ) -> tuple[Token, Token] | None:
    """(the claim's superlative, the sentence's) where the sentence writes the adjective of
    a claim's superlative only at the other end of its scale; None otherwise."""
    mine = superlatives(claim)
    if not mine:
        return None
    theirs = superlatives(sentence)
    if not theirs:
        return None
    for k, adjective, sign in mine:
        same = [(j, s) for j, a, s in theirs if a == adjective]
        if same and all(s == -sign for _, s in same):
            return claim.tokens[k], sentence.tokens[same[0][0]]
    return None
