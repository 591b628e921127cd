"""The period a rate is counted in: "0.3 degrees per decade" is not "0.3 degrees per year".

A figure followed by "per", "each", "every" or a slash and a unit of time ("per decade",
"°C/decade", "each year"), or by its noun and "a" ("2 mm a year", `facts.per_unit_of_time`),
is counted in that period. A claim that gives the sentence's figure
a rate of another period states another rate, ten times or a tenth of it, while every word
but the unit stands in the sentence ("0.3 degrees Celsius per year" / "0.3 °C/decade"). The
unit was one unstated word, and a word the sentence may leave out let it be supported.
(`vague_lengths` reads "per year" / "per decade" when both write "per"; the slash and "each"
it does not read.)

Support is withheld when a figure of the claim stated by the sentence has a period of its own
in the claim and the sentence's figure another period (each the first unit of time after its
figure, before a clause break).

The same reading is a conflict (`other_period_conflicts`) when both periods are written the
same way, by "per", "each", "every", "a" or a slash right after the figure and its noun
("12 visits a month" / "12 visits a week"): the sentence counts the claim's figure of the
claim's thing in another period, the one fact the claim changed, as "four weeks" is not "four
months" (`compare.other_units`). A period read further off, or only on one side, stays a
withheld support: the figure may be another rate's.
"""
from __future__ import annotations

import re

from qa.types import Conflict, ConflictKind

from .facts import MEASURES, SIZES, Mention, Parsed, measure_unit, per_unit_of_time, remembered

PERIOD_RE = re.compile(
    r"(?:\bper\s+|\beach\s+|\bevery\s+|/\s*|\b(?P<a>an?)\s+)(?P<unit>[^\W\d_]+)", re.I)
BREAK_RE = re.compile(r"[,;:!?()]|\.\s|\.$")
REACH = 60  # characters after a figure its period may stand: "tonnes of carbon per hectare
# each year"


def period_after(text: Parsed, figure: Mention) -> str:
    """The unit of time the figure is counted per, before its clause ends, or ""."""
    end = min(len(text.text), figure.end + REACH)
    stop = BREAK_RE.search(text.text, figure.end, end)
    end = stop.start() if stop else end
    for match in PERIOD_RE.finditer(text.text, figure.end, end):
        unit = measure_unit(match.group("unit"))
        if MEASURES.get(unit) == "time" and (
                not match.group("a")  # "a year" is a rate only after the figure's noun
                or per_unit_of_time(text.text, match.start("a"), match.end("a"))):
            return unit
    return ""


def other_period(claim: Parsed, sentence: Parsed, stated: dict[int, Mention]) -> bool:
    """A stated figure of the claim counted per one unit of time, the sentence's per
    another."""
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family not in ("count", "percent", "amount"):
            continue
        period = period_after(claim, mine)
        if period and period_after(sentence, theirs) not in ("", period):
            return True
    return False


FIGURES = ("count", "percent", "amount")
# the figure's noun (a word or two), a converted figure in brackets, and then the period's
# word, right after the figure: "15 laps a day", "3% per decade", "40 tonnes of ore each
# week", "2 mm/year", "80 km (50 mi) per decade"
CLOSE_PERIOD_RE = re.compile(
    r"(?:\s+[^\W\d_]+(?:\s+of\s+[^\W\d_]+)?)?(?:\s*\([^()]{1,30}\))?\s*"
    r"(?:(?:per|each|every)\s+|/\s*|(?P<a>an?)\s+)(?P<unit>[^\W\d_]+)\b", re.I)


def close_period(text: Parsed, figure: Mention) -> tuple[str, int, int] | None:
    """(unit, start, end) of the unit of time the figure is counted per, written right after
    the figure and its noun, or None."""
    match = CLOSE_PERIOD_RE.match(text.text, figure.end)
    if match is None:
        return None
    unit = measure_unit(match.group("unit"))
    if MEASURES.get(unit) != "time" or unit not in SIZES:
        return None
    if match.group("a") and not per_unit_of_time(text.text, match.start("a"), match.end("a")):
        return None  # "a year" after a figure and a preposition: a span, no rate
    return unit, match.start("unit"), match.end("unit")


def claim_periods(claim: Parsed) -> dict[int, tuple[str, int, int]]:
    """The claim's figures (by number) with a close period, remembered on its parse: asked
    for every sentence, and most claims count nothing per a unit of time."""
    return remembered(claim, ("close periods",), find_claim_periods, claim)


def find_claim_periods(claim: Parsed) -> dict[int, tuple[str, int, int]]:
    return {n: found for n, m in enumerate(claim.mentions)
            if m.family in FIGURES and (found := close_period(claim, m))}


def other_period_conflicts(claim: Parsed, sentence: Parsed,
                           stated: dict[int, Mention]) -> list[Conflict]:
    """The claim's stated figure with its close period against the same figure of the
    sentence with another close period (see the module's docstring)."""
    periods = claim_periods(claim)
    found = []
    for n, theirs in stated.items():
        mine = periods.get(n)
        if mine is None or theirs.value != claim.mentions[n].value:
            continue
        other = close_period(sentence, theirs)
        if other is not None and SIZES[other[0]] != SIZES[mine[0]]:
            found.append(Conflict(claim.text[claim.mentions[n].start:mine[2]],
                                  sentence.text[theirs.start:other[2]],
                                  ConflictKind.NUMBER, (theirs.start, other[2])))
    return found
