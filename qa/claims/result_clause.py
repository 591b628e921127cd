"""A clause the claim tells as the result of another ("..., which in turn drove the herders
inland", "..., and the ferry had to skip two ports as a result") is a fact of its own.

Support weighs the claim's words by rarity over the whole claim, so a sentence that states
the cause clause and the subject of the result ("Floods cut the coast road, forcing the
herders to seek other pastures") reached SUPPORT for a claim whose result it changes ("...,
which in turn drove the herders to the cities"): the changed words were a few of many. A
result is the point of such a claim, so the sentence must state SUPPORT of its clause's
words (the marker's own words left out: a sentence gives its result by a participle or a
connective of its own, `qa.claims.result_tie`).

The clause is the one holding a connective of result (an adverbial of consequence: "as a
result", not "as a result of" that names a cause; "in turn"; "consequently",
"therefore", "hence", "thus"), from the break before it to the break after it; a connective
set off by commas ("and, as a result, ferries ...") marks the clause after it. A clause
that opens the claim has no cause in the claim to follow from: it is the main clause, which
support weighs already.
"""
from __future__ import annotations

from .clause_ends import clause_start
from .facts import Parsed, Token, remembered

# the connectives of result, as their words: each a closed grammatical phrase, an adverbial
# that says its clause follows from the clause before it
RESULT_PHRASES = (("as", "a", "result"), ("in", "turn"), ("consequently",), ("therefore",),
                  ("hence",), ("thus",))
# words that only join the clause to the one before it ("and as a result", "which in turn")
JOINERS = frozenset("and so which that".split())


def marker_at(tokens: list[Token], i: int) -> int:
    """The length of the connective of result starting at word `i` (0 without one): "as a
    result" followed by "of" names a cause, not a result."""
    for phrase in RESULT_PHRASES:
        n = len(phrase)
        if tuple(t.lower for t in tokens[i:i + n]) == phrase:
            if phrase[-1] == "result" and i + n < len(tokens) and tokens[i + n].lower == "of":
                return 0
            return n
    return 0


def result_spans(claim: Parsed) -> list[tuple[int, int, int, int]]:
    """(clause start, clause end, marker start, marker end) of each clause the claim tells as
    a result, in word indices; remembered on the parse."""
    return remembered(claim, ("result spans",), found_spans, claim)


def found_spans(claim: Parsed) -> list[tuple[int, int, int, int]]:
    tokens, found = claim.tokens, []
    for i in range(len(tokens)):
        n = marker_at(tokens, i)
        if not n:
            continue
        start = clause_start(tokens, i)
        end = next((k for k in range(i + n, len(tokens)) if tokens[k].brk), len(tokens))
        if start == 0:
            continue  # the claim opens on it: the main clause, no result of a clause before
        if not [t for t in tokens[start:end] if t.lower not in JOINERS][n:] \
                and all(t.lower in JOINERS for t in tokens[start:i]):
            # the connective set off by commas: its clause is the next one
            start = end
            end = next((k for k in range(end + 1, len(tokens)) if tokens[k].brk), len(tokens))
        if start >= end:
            continue  # no clause at all
        found.append((start, end, i, i + n))
    return found


def result_clauses(claim: Parsed) -> list[set[str]]:
    """The terms of each clause the claim tells as a result, its connective's words left
    out."""
    tokens = claim.tokens
    return [{term for k in range(start, end) if not mark <= k < mark_end
             for term in tokens[k].terms}
            for start, end, mark, mark_end in result_spans(claim)]
