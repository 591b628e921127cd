"""A denial of a noun reaches the phrase that modifies it ("the lack of contact with the
crews": "crews" falls in its scope), but what it denies is the noun, not the modifier's
noun: the crews are there, the contact with them is wanting. Read as a denial of "crews",
a claim "the crews' grievances came from poor contact" was called contradicted through
"crews" (round 74, branch sc81), though the contact is wanting on both sides.

`denied_through_head`: the word is denied only as the noun after a preposition that follows
another denied noun, and the other text states that head noun too. The conflict, if any, is
then the head's (`compare.flipped` reads it on its own: "full contact" still meets "the lack
of contact"), never the modifier's.
"""
from __future__ import annotations

from .facts import DETERMINERS, Parsed

# the prepositions that attach a noun's modifier ("contact with", "access to", "talks between")
MODIFIER_PREPOSITIONS = frozenset("with to between among for from about over on".split())


def denied_through_head(denying: Parsed, affirming: Parsed, term: str) -> bool:
    """The denying text's word `term` follows, past a determiner at most, a preposition right
    after a word the same denial covers, whose term the affirming text states as well."""
    span = denying.negated.get(term)
    if not span:
        return False
    tokens = denying.tokens
    at = next((k for k, t in enumerate(tokens) if span[0] <= t.start < span[1]
               and term in t.terms), None)
    if at is None:
        return False
    k = at - 1
    if k > 0 and tokens[k].lower in DETERMINERS and not tokens[k].brk:
        k -= 1
    if k < 1 or tokens[k].lower not in MODIFIER_PREPOSITIONS or tokens[k].brk \
            or tokens[k - 1].start < span[0]:
        return False
    return any(head in denying.negated and head in affirming.terms and head != term
               for head in tokens[k - 1].terms)
