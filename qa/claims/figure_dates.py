"""The date of another figure: "Turnout was 61 percent, up from 48 percent in 2011" dates the
48 percent, not the 61. A claim that states the sentence's 61 percent and dates it otherwise
("Turnout was 61 percent in 2016") is not contradicted by the 2011 of a figure it does not
state: the two dates belong to two values, two moments, of the same measure."""
from __future__ import annotations

import re

from .facts import Mention, Parsed

FIGURES = ("count", "percent", "amount")
# what may stand between a figure and the date it is of: "48 percent in 2011", "450 in 2019",
# "40,000 by mid-2015", "48 percent of voters in 2011" (a few words of what it counts)
DATED_FIGURE_RE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|by|of|as of|at the end of)\s+"
                             r"(?:(?:early|late|mid)[\s-])?$", re.IGNORECASE)


def dated_figure(text: Parsed, date: Mention) -> Mention | None:
    """The figure right before the date that the date is of ("48 percent in 2011"), if any:
    nothing but a few words and a preposition of time between them, no clause break."""
    before = [m for m in text.mentions if m.family in FIGURES and m.end <= date.start]
    if not before:
        return None
    figure = max(before, key=lambda m: m.end)
    between = text.text[figure.end:date.start]
    if re.search(r"[,;:()]", between) or not DATED_FIGURE_RE.fullmatch(between):
        return None
    return figure


def states_value(text: Parsed, figure: Mention) -> bool:
    """The text gives a figure of `figure`'s family and value."""
    return any(m.family == figure.family and m.value == figure.value for m in text.mentions)


def dates_another_figure(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The sentence's date is of a figure the claim does not state, while the sentence states
    one of the claim's figures too (another value of the measure the claim dates): the date is
    that other value's, no rival of the claim's date."""
    if mine.family not in ("year", "month") or theirs.family not in ("year", "month"):
        return False
    figure = dated_figure(sentence, theirs)
    if figure is None or states_value(claim, figure):
        return False
    return any(m.family in FIGURES and m is not figure and states_value(claim, m)
               for m in sentence.mentions)
