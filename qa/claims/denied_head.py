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

from .facts import DETERMINERS, Parsed, Token

# the prepositions that attach a noun's modifier ("contact with", "access to", "talks between")
MODIFIER_PREPOSITIONS = frozenset("with to between among for from about over on".split())


def denied_through_head(denying: Parsed, affirming: Parsed, term: str) -> bool:
    """The denying text's word `term` follows, past a determiner at most, a preposition right
    after a word the same denial covers, whose term the affirming text states as well."""
    head = denial_head(denying, term)
    return head is not None and any(
        h in denying.negated and h in affirming.terms and h != term for h in head.terms)


def denial_head(denying: Parsed, term: str) -> Token | None:
    """The noun the denial covers whose modifying phrase holds the denied word `term` ("the
    lack of guidance from the board's pilots": "guidance" for "pilots"), if `term` stands in
    such a phrase: after a preposition, past a genitive and a determiner at most."""
    span = denying.negated.get(term)
    if not span:
        return None
    tokens = denying.tokens
    at = next((k for k, t in enumerate(tokens) if span[0] <= t.start < span[1]
               and term in t.terms), None)
    if at is None:
        return None
    k = at - 1
    # a genitive stands where a determiner does ("from the port's trustees", "with the
    # board's crews"): past an article before it too
    if k > 0 and genitive(tokens[k].lower) and not tokens[k].brk:
        k -= 1
    if k > 0 and tokens[k].lower in DETERMINERS and not tokens[k].brk:
        k -= 1
    if k < 1 or tokens[k].lower not in MODIFIER_PREPOSITIONS or tokens[k].brk \
            or tokens[k - 1].start < span[0]:
        return None
    return tokens[k - 1]


def genitive(word: str) -> bool:
    """A word in the genitive ("the council's", "the crews'"): it determines the noun after it,
    as an article does, and the preposition before it still attaches the whole phrase."""
    return word.endswith(("'s", "’s", "s'", "s’")) and len(word) > 2
