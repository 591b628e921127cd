"""The figure a sentence gives for the claim's period, when it gives one figure for each of
several periods.

A measure is often given per period: "the dye fades 12 percent over a 5-year span and 30
percent over a 10-year span". Each figure's period is the one written after it, before the
next figure. A claim that gives one figure for one period ("over a 10-year span the dye
fades 30 percent") is stated by the figure of that period alone: read as figures that merely
occur in the sentence, the claim's 30 was stated whatever period the claim gave it (a wrong
support of "over a 5-year span ... 30 percent"), and a figure the claim gives for the one
period was set against the first figure of the sentence, another period's (a true claim
called contradicted by a figure it never disputes). Figures and periods inside brackets are
asides ("(a potential of 1)") and pair with nothing.
"""
from __future__ import annotations

from .facts import MEASURES, Mention, Parsed

QUANTITIES = frozenset(("count", "percent", "amount"))


def period(m: Mention) -> bool:
    """A count of a unit of time ("20-year", "over 100 years")."""
    return m.family == "count" and MEASURES.get(m.unit) == "time"


def quantity(m: Mention) -> bool:
    return m.family in QUANTITIES and not period(m)


def bracketed(text: Parsed, m: Mention) -> bool:
    """The mention stands inside round brackets."""
    before = text.text[:m.start]
    return before.count("(") > before.count(")")


def claim_pair(claim: Parsed) -> tuple[int, Mention] | None:
    """(place, period) of a claim with one quantity and one period: the quantity's place
    among the claim's mentions, and its period."""
    quantities = [n for n, m in enumerate(claim.mentions) if quantity(m)]
    periods = [m for m in claim.mentions if period(m)]
    if len(quantities) != 1 or len(periods) != 1:
        return None
    return quantities[0], periods[0]


def period_pairs(sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(figure, period) for each figure of the sentence that a period follows before the next
    figure, outside brackets; [] unless two pairs at least, each of another period."""
    marks = sorted((m for m in sentence.mentions if (quantity(m) or period(m))
                    and not bracketed(sentence, m)), key=lambda m: m.start)
    pairs, figure = [], None
    for m in marks:
        if quantity(m):
            figure = m
        elif figure is not None:
            pairs.append((figure, m))
            figure = None
    if len(pairs) < 2 or len({p.value for _, p in pairs}) < len(pairs):
        return []
    return pairs


def figure_of_period(claim: Parsed, sentence: Parsed, agree) -> tuple[int, Mention] | None:
    """(place of the claim's quantity, the sentence's figure for the claim's period), when the
    sentence gives figures per period and one for the claim's (`agree` reads the periods)."""
    mine = claim_pair(claim)
    if mine is None:
        return None
    n, span = mine
    pairs = period_pairs(sentence)
    own = [figure for figure, p in pairs if agree(span, p)]
    return (n, own[0]) if len(own) == 1 else None
