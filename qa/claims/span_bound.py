"""The span of time a figure is stated over: "nine times as much over 50 years" is not "nine
times as much over 10 years".

A figure may hold only over a span the text names with a preposition and a count of a unit of
time ("over a 50-year period", "in a 10-year time frame", "within 30 days"), and a text may
give one quantity two figures, one for each span ("nine times over 10 years and four times
over 50 years"). A claim that takes the sentence's figure with another span than the one the
sentence binds it to states every word and figure the sentence does, and says something the
sentence does not: the span was a figure of its own, stated by the sentence's other span.
(`rate_period` reads the rate's unit, "per year" / "per decade"; this reads a span's length.)

A figure's span is the first span after it with no other figure between them ("nine times
... over 10 years"), or else the last span before it with none between ("Over 10 years, it
rose nine times"), within its clause. Support is withheld when a figure of the claim stated
by the sentence has a span in the claim and the sentence's figure another span; a figure the
sentence gives no span may hold over any, and is left to the other readings.
"""
from __future__ import annotations

import re

from .facts import MEASURES, Mention, Parsed

FIGURES = ("count", "percent", "amount")
# the preposition (and article or adjective of order) that makes a count of a unit of time a
# span something holds over, right before it: "over a 50-", "in the first 30", "within 12"
SPAN_BEFORE = re.compile(
    r"\b(?:over|in|for|within|during|across|throughout)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:next|past|last|first|following|same)\s+)?$", re.I)
CLAUSE_BREAK = re.compile(r"[;:()]|\.\s")
# the units of time a span may be counted in, by their length in the smaller unit ("a
# decade" is ten years), so that "over 10 years" and "over a decade-long" compare
IN_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


def span_of(text: Parsed, mention: Mention) -> tuple[float, str] | None:
    """(length, unit) when the mention counts a unit of time after a span's preposition."""
    if mention.family != "count" or MEASURES.get(mention.unit) != "time" \
            or not isinstance(mention.value, (int, float)):
        return None
    if not SPAN_BEFORE.search(text.text, max(0, mention.start - 40), mention.start):
        return None
    if mention.unit in IN_YEARS:
        return float(mention.value) * IN_YEARS[mention.unit], "year"
    return float(mention.value), mention.unit


def bound_span(text: Parsed, figure: Mention) -> tuple[float, str] | None:
    """The span the text binds the figure to, or None (see the module's docstring)."""
    spans = {id(m): span_of(text, m) for m in text.mentions}
    figures = [m for m in text.mentions if m.family in FIGURES and spans[id(m)] is None]
    if figure.family not in FIGURES or spans.get(id(figure)) is not None:
        return None

    def clear(start: int, end: int) -> bool:
        # no other figure and no clause break between the figure and the span
        return not CLAUSE_BREAK.search(text.text, start, end) \
            and not any(start <= m.start < end for m in figures if m is not figure)

    after = [m for m in text.mentions if spans[id(m)] and m.start >= figure.end]
    if after and clear(figure.end, after[0].start):
        return spans[id(after[0])]
    before = [m for m in text.mentions if spans[id(m)] and m.end <= figure.start]
    if before and clear(before[-1].end, figure.start):
        return spans[id(before[-1])]
    return None


def other_span(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]) -> bool:
    """A stated figure of the claim held over one span, the sentence's over another."""
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family not in FIGURES:
            continue
        span = bound_span(claim, mine)
        if span is None:
            continue
        found = bound_span(sentence, theirs)
        if found is not None and found != span:
            return True
    return False
