"""Figures a sentence gives to two dates, read against the claim's.

"Inspectors seized 140 nets in 2019, compared with 95 in 2018" gives each year its figure. A
claim that gives one of the figures to the other year ("seized 95 nets in 2019") writes both
its figure and its year somewhere in the sentence, which is all coverage asks; but the
sentence's figure for 2019 is 140: a conflict of numbers (`figure_dated_otherwise`). A claim
that compares the two years by a quantity word ("fewer nets in 2019 than in 2018") is read
against the two figures, as `qa.claims.compared_figures` reads a comparison of two actors.

A figure is dated by the date that follows it after a few words and a preposition of time
("140 nets in 2019", `figure_dates.dated_figure`). Only a sentence that dates two figures of one
kind to two different dates is read: one dated figure is as often the date of the whole
event as of its figure.
"""
from __future__ import annotations

from .facts import Mention, Parsed, remembered
from .figure_dates import dated_figure
from .intervals import dates
from .reckoned import written as reckoned_written
from .tallies import AMOUNTS

# one date as `intervals.dates` reads it: (its mention, day, month, year), 0 for a part left out
Date = tuple[Mention, int, int, int]


def dated_pairs(text: Parsed) -> list[tuple[Date, Mention]]:
    """(date, figure) for each figure the text dates, when it dates two figures of one
    family to two different dates at least; else []. Remembered on the parse."""
    return remembered(text, ("dated pairs",), find_pairs, text)


def find_pairs(text: Parsed) -> list[tuple[Date, Mention]]:
    if not any(m.family in AMOUNTS for m in text.mentions):
        return []
    pairs = [(when, figure) for when in sorted(dates(text), key=lambda d: d[0].start)
             for figure in [dated_figure(text, when[0])] if figure is not None]
    for (when, figure), (other_date, other) in zip(pairs, pairs[1:]):
        if figure.family == other.family and not same_date(when, other_date) \
                and figure.value != other.value:
            return pairs
    return []


def same_date(a: Date, b: Date) -> bool:
    return a[1:] == b[1:]


def figure_dated_otherwise(claim: Parsed, sentence: Parsed,
                           stated: dict[int, Mention]) -> list[tuple[int, Mention, Mention]]:
    """(the number of the claim's figure, the figure, the sentence's figure for the claim's
    date) for each figure of the claim that the sentence states but gives to another date,
    while giving the claim's date another figure of the same family. The claim must have one
    date: with two, which figure it dates is its own reading."""
    if not stated or not any(claim.mentions[n].family in AMOUNTS for n in stated):
        return []
    pairs = dated_pairs(sentence)
    claimed = dates(claim) if pairs else []
    if len(claimed) != 1:
        return []
    when = claimed[0]
    found = []
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family not in AMOUNTS:
            continue
        own = next((d for d, f in pairs if f is theirs), None)
        rival = next((f for d, f in pairs if same_date(d, when) and f.family == mine.family
                      and f.value != mine.value), None)
        if own is not None and not same_date(own, when) and rival is not None:
            found.append((n, mine, rival))
    return found


def figure_for(when: Date, pairs: list[tuple[Date, Mention]]) -> Mention | None:
    """The figure the pairs give the date `when`, if exactly one."""
    found = [f for d, f in pairs if same_date(d, when)]
    return found[0] if len(found) == 1 else None


def written(when: Date) -> str:
    return reckoned_written(when[1:])
