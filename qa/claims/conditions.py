"""A negation under another condition is no opposite.

Audit and review prose states rules and findings under conditions, and a claim restates them
with another connective, which moves the negation: "may raise tariffs only if the regulator
has approved" is "may not raise tariffs unless the regulator has approved"; "will lose its
licence if it does not repair the lighthouse" is "... unless it repairs the lighthouse"; "were
not qualified, except for the valuation" is "qualified only for the valuation"; and "unless a
contract exceeded 50,000 euros, the tender was not advertised" denies the advertising only
under its condition, so "contracts above 50,000 euros were advertised" is not its opposite.
So where the two texts' connectives of condition differ (one has one, the other another or
none), a conflict of polarity alone (`compare.flipped`, `denied_synonym`) contradicts nothing:
the negation belongs to the condition's logic, not to the fact. The same connectives on both
sides keep it ("only if it has approved" / "only if it has not approved").
"""
from __future__ import annotations

from .facts import Parsed, remembered
from ..types import Conflict, ConflictKind

# one connective of condition per reading: "unless" is "if not", so it is one of its own
CONNECTIVES = {"if": "if", "unless": "unless", "except": "except", "excepting": "except"}
# words before "if" that make it another connective ("only if" is a necessary condition) or
# none ("as if", "even if": a comparison, a concession)
IF_QUALIFIERS = {"only": "only if", "as": None, "even": None}


def connectives(text: Parsed) -> frozenset[str]:
    """The text's connectives of condition, "provided that" and "as long as" read as "if"."""
    def read() -> frozenset[str]:
        found = set()
        words = [t.word.lower() for t in text.tokens]
        for n, word in enumerate(words):
            before = words[n - 1] if n else ""
            after = words[n + 1] if n + 1 < len(words) else ""
            if word == "if" and before in IF_QUALIFIERS:
                found.add(IF_QUALIFIERS[before])
            elif word in CONNECTIVES:
                found.add(CONNECTIVES[word])
            elif word in ("provided", "providing") and after == "that" \
                    or word == "long" and before == "as" and after == "as":
                found.add("if")
        return frozenset(found - {None})
    return remembered(text, ("connectives of condition",), read)


def conditioned_otherwise(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is one of polarity, and the texts' connectives of condition differ, or
    one text's exception is the other's "only"."""
    if not conflicts or any(c.kind != ConflictKind.POLARITY for c in conflicts):
        return False
    mine, theirs = connectives(claim), connectives(sentence)
    if {"except"} & (mine | theirs):
        return bool({"except"} & mine and only(sentence) or {"except"} & theirs and only(claim))
    return bool(mine or theirs) and mine != theirs


def only(text: Parsed) -> bool:
    """The text restricts with "only", not as "only if" (a connective of its own)."""
    words = [t.word.lower() for t in text.tokens]
    return any(w == "only" and words[n + 1:n + 2] != ["if"] for n, w in enumerate(words))
