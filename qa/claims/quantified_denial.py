"""A negation of a quantifier: "the clubs did not all sign", "not every ferry runs".

A "not" right before a universal word (all, every, always, each) denies the universal, not the
predicate: "the clubs did not all sign the charter" says some signed and some did not. A
sentence that states the predicate without the universal ("most clubs signed", "the clubs
generally agreed") says nothing against it; reading the "not" as the predicate's polarity
called such true claims contradicted. Only a sentence that states the universal itself ("all
the clubs signed", "signed unanimously") reverses the claim, and that one still does.
"""
from __future__ import annotations

from .facts import Parsed

UNIVERSALS = frozenset("all every each always everyone everybody everything everywhere "
                       "unanimous unanimously".split())


def universal_denied(denying: Parsed, cue: tuple[int, int] | None, affirming: Parsed) -> bool:
    """The denying text's negation at `cue` is a "not" before a universal word, and the
    affirming text states no universal word."""
    if cue is None:
        return False
    tokens = denying.tokens
    at = next((n for n, t in enumerate(tokens) if t.start >= cue[0]), None)
    if at is None or at + 1 >= len(tokens) or tokens[at].word.lower() not in ("not", "n't"):
        return False
    if tokens[at + 1].word.lower() not in UNIVERSALS or tokens[at + 1].brk:
        return False
    return not any(t.word.lower() in UNIVERSALS for t in affirming.tokens)
