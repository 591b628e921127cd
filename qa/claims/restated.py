"""A figure the claim gives twice, the second time in brackets right after the first:
"two-thirds (67 percent) of the incidents", "some 13,000 (about 13,300) troops". The two are
one fact written two ways, so a sentence that states one of them states the other ("accounted
for 67 percent" states "two-thirds (67 percent)"); a bracketed figure of another value ("two
thirds (60 percent)") is a second fact, left to be stated on its own.
"""
from __future__ import annotations

from .facts import Mention, Parsed, remembered

FIGURES = frozenset(("count", "percent", "amount"))
ROUNDING = 0.5  # "two-thirds" (66.67) written "67 percent": the bracket rounds
SHARE = 0.01  # the same, for large figures ("13,000 (13,050)")


def restatements(claim: Parsed) -> tuple[tuple[int, int], ...]:
    """(n, k) for each claim figure n restated by figure k in brackets right after it."""
    return remembered(claim, ("restatements",), lambda: tuple(find(claim)))


def find(claim: Parsed):
    mentions = claim.mentions
    for n, first in enumerate(mentions):
        for k, second in enumerate(mentions):
            if k != n and restates(claim, first, second):
                yield n, k


def restates(claim: Parsed, first: Mention, second: Mention) -> bool:
    """`second` is `first` again, in brackets right after it: one family, the same value to
    rounding."""
    return first.family in FIGURES and second.family == first.family \
        and claim.text[first.end:second.start].strip() == "(" \
        and claim.text[second.end:second.end + 1] == ")" \
        and same_value(first.value, second.value)


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= max(ROUNDING, SHARE * max(abs(a), abs(b)))
