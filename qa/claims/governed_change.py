"""A verb of change after "to" that a predicate both texts give governs: "the board voted to
widen the harbour authority's powers" / "the board voted to restrict the harbour authority's
powers".

`direction_reversed` reads a verb of increase against one of decrease acting on the same
thing, among the texts' predicates (`polarity.predicate`: a finite verb). An infinitive is
none, so where both texts say what a party voted, agreed or moved to do, the deed itself went
unread: the opposite kept support away (`opposite_in_place`) and the claim was not found. The
infinitive is the deed the governing verb commits its subject to, and it is read as one when
the governing verb is the same word in both texts (the same act: a vote, an agreement), is
affirmed, and carries no negative polarity: "refused to widen" and "refused to restrict" can both
hold, as can "failed to" either (VADER's rating, `valence.polarity`).
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, direction
from .compare import negated
from .facts import Parsed, Token, inside_name, remembered
from .polarity import predicate
from .valence import polarity


def governed_changes(text: Parsed) -> list[tuple[int, Token, int, tuple[str, ...]]]:
    """`find_governed_changes`, remembered on the parse (asked for every pair a claim's
    verb of change is read against)."""
    return remembered(text, ("governed changes",), find_governed_changes, text)


def find_governed_changes(text: Parsed) -> list[tuple[int, Token, int, tuple[str, ...]]]:
    """The text's verbs of increase or decrease right after "to" that an affirmed predicate
    of no negative polarity governs ("voted to expand"), each with its place, its direction
    and the terms of its governing verb."""
    found = []
    tokens = text.tokens
    for n in range(2, len(tokens)):
        token, to, governor = tokens[n], tokens[n - 1], tokens[n - 2]
        if to.word.lower() != "to" or to.brk or token.brk or not token.terms \
                or not token.word.isalpha() or inside_name(text, token):
            continue
        way = direction(token.word.lower())
        if not way or not can_be_verb(token.word) or not governor.terms \
                or not predicate(text, n - 2) or negated(text, governor) \
                or negated(text, token) or polarity(governor.word.lower(), as_verb=True) < 0:
            continue
        found.append((n, token, way, governor.terms))
    return found
