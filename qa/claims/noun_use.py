"""A claim's passive participle that a sentence writes only as a noun of the same stem: "the
troops were based in Gao" against "an attack on an international peace-keeping base".

The stemmer makes one term of "based" and "base", of "housed" and "house", "stationed" and
"station". A conflicting sentence must state the claim's event before its differing fact is
the claim's (`check.rest_needed`); the noun names a thing ("a base"), not the state the
participle tells ("were based in"), and counted for the event it carried a photo caption's
other nationality ("Senegalese soldiers ... patrol in the streets of Gao, ... an attack on a
peace-keeping base") to contradict a claim on where another country's troops were based.
Read for the rest and the event of a conflict only: support reads the claim's words as
before (a sentence naming "the German base in Gao" is evidence for the claim, if not for a
conflict on it).

A noun use: a word of the term that is no "-ed" or "-ing" form, opened by a determiner or an
owner at most NOUN_REACH words before it in its clause ("an international peace-keeping
base", "the MINUSMA base", "its bases").
"""
from __future__ import annotations

from .facts import (BE, DETERMINERS as ARTICLES_AND_OWNERS, POSSESSIVE_ENDINGS, Parsed, Token,
                    remembered)

DETERMINERS = ARTICLES_AND_OWNERS | frozenset("each every any no".split())
NOUN_REACH = 4  # "an international peace-keeping base": "peace" and "keeping" two words
ADVERB_REACH = 2  # "were mainly based", "was, reportedly, based"


def passive_terms(claim: Parsed) -> frozenset[str]:
    """The terms of the claim's passive participles: an "-ed" word after a form of "be"
    ("were based", "was mainly stationed"); remembered on the claim's parse."""
    return remembered(claim, ("passive terms",), find_passive_terms, claim)


def find_passive_terms(claim: Parsed) -> frozenset[str]:
    return frozenset(
        term for n, token in enumerate(claim.tokens)
        if token.word.lower().endswith("ed") and token.terms
        and any(t.word.lower() in BE for t in claim.tokens[max(0, n - 1 - ADVERB_REACH):n])
        for term in token.terms)


def nouned(claim: Parsed, sentence: Parsed, said: tuple[set[str], set[str]]
           ) -> tuple[set[str], set[str]]:
    """`said` (the claim terms the sentence and its passage state) without the terms of the
    claim's passive participles that every word of the sentence stating them writes as a
    noun."""
    terms = passive_terms(claim) & said[0]
    if not terms:
        return said
    gone = set()
    for term in terms:
        places = [k for k, t in enumerate(sentence.tokens) if term in t.terms]
        if places and all(noun_use(sentence.tokens, k) for k in places):
            gone.add(term)  # (a term stated by a synonym only stays)
    return (said[0] - gone, said[1]) if gone else said


def noun_use(tokens: list[Token], k: int) -> bool:
    word = tokens[k].word.lower()
    if word.endswith(("ed", "ing")):
        return False
    for n in range(k, max(0, k - NOUN_REACH) - 1, -1):
        if n < k and (tokens[n].word.lower() in DETERMINERS
                      or tokens[n].word.lower().endswith(POSSESSIVE_ENDINGS)):
            return True
        if tokens[n].brk:
            return False
    return False
