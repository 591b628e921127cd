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
"""
from __future__ import annotations

import re

from .facts import MEASURES, Mention, Parsed, measure_unit, per_unit_of_time

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
