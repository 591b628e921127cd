"""A date the claim gives by pointing back to one it gave before, written out in full.

"The council renewed the mandate in June 2014, adopting the resolution on the 25th of that
month" dates the adoption 25 June 2014; "ended the mandate on June 30, 2023 and gave it
until December that year" sets December 2023. A report writes such dates out, so the claim's
pointer ("that month", "that year", "the same year") is resolved against the month or year
the claim named last before it, and the date is then checked as any other: "the 24th of that
month" against "on 25 June 2014" is a wrong day, as "24 June 2014" is. A pointer with no month
or year before it in the claim is left as written (it points outside the claim).
"""
from __future__ import annotations

import re

from .facts import MONTHS

MONTH_NAMES = "|".join(MONTHS)
POINTER = r"(?:that|the\s+same)"
# "the 25th of that month", "the 3rd of the same month"
DAY_OF_MONTH_RE = re.compile(rf"\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)\s+of\s+{POINTER}\s+month\b",
                             re.IGNORECASE)
# "December that year", "December of the same year"
MONTH_OF_YEAR_RE = re.compile(rf"\b({MONTH_NAMES})\s+(?:of\s+)?{POINTER}\s+year\b",
                              re.IGNORECASE)
# "in that year", "by the same year": a preposition before the pointer, so the year is a time
YEAR_RE = re.compile(rf"\b(in|by|until|during|of|from)\s+{POINTER}\s+year\b", re.IGNORECASE)
MONTH_RE = re.compile(rf"\b({MONTH_NAMES})\b", re.IGNORECASE)
YEAR_WRITTEN_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# what may stand between a month (with its day) and its year: "June 2014", "June 30, 2023"
MONTH_YEAR_RE = re.compile(rf"\b({MONTH_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+"
                           r"(?:of\s+)?(1[89]\d\d|20\d\d)\b", re.IGNORECASE)


def dated_back(claim: str) -> str:
    """The claim with each date given by "that month" / "that year" written out from the
    month or year it named last before it."""
    if not re.search(rf"\b{POINTER}\s+(?:month|year)\b", claim, re.IGNORECASE):
        return claim  # most claims have none
    claim = DAY_OF_MONTH_RE.sub(lambda m: day_of_month(claim, m), claim)
    claim = MONTH_OF_YEAR_RE.sub(lambda m: month_of_year(claim, m), claim)
    return YEAR_RE.sub(lambda m: year_after(claim, m), claim)


def day_of_month(claim: str, match: re.Match) -> str:
    """"the 25th of that month" -> "25 June 2014" (the year, if the claim gave that month
    one), or as written when no month comes before it."""
    before = claim[:match.start()]
    months = list(MONTH_RE.finditer(before))
    if not months:
        return match.group(0)
    month = months[-1].group(1).capitalize()
    dated = [m for m in MONTH_YEAR_RE.finditer(before) if m.start() == months[-1].start()]
    year = f" {dated[0].group(2)}" if dated else ""
    return f"{int(match.group(1))} {month}{year}"


def month_of_year(claim: str, match: re.Match) -> str:
    """"December that year" -> "December 2023", from the last year the claim wrote before."""
    years = YEAR_WRITTEN_RE.findall(claim[:match.start()])
    return f"{match.group(1)} {years[-1]}" if years else match.group(0)


def year_after(claim: str, match: re.Match) -> str:
    """"in that year" -> "in 2023", from the last year the claim wrote before."""
    years = YEAR_WRITTEN_RE.findall(claim[:match.start()])
    return f"{match.group(1)} {years[-1]}" if years else match.group(0)
