"""Dates written the way orders, logs and situation reports write them, spelled out as a report
writes them ("11 November 2021") before a claim is parsed.

- A day, a month and two figures: "11 NOV 21", "11-Nov-21", "11/Nov/21", "11NOV21". After a
  day and a month, the two figures can only be the year; read as they were written, "11
  November 21" is a day of November with a stray count, which a sentence dated 11 November
  2021 contradicts.
- A date-time group: "111200ZNOV21", "111200Z NOV 2021" (day, hour and minute, a time-zone
  letter, month, year). The time of day is a detail no report gives; the date is kept.
- A month in three capitals and its year, no day: "MAR 22" is March 2022 in that style, where
  "March 22" and "Mar 22" in running text are a day of March and stay as written.
- A day and a clipped month joined by dashes or slashes to a four-figure year:
  "11-Nov-2021".
A two-figure year is read as `strptime`'s `%y` reads it (POSIX): 69-99 in the 1900s, 00-68 in
the 2000s. Nothing is added: the day, the month and the year are the writer's own.
"""
from __future__ import annotations

import re

from ..text.scripts import table_key
from .facts import MONTHS

# a month's clipped name, as notes and logs write it ("Sept.", "NOV")
MONTH_CLIPS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April",
               "jun": "June", "jul": "July", "aug": "August", "sep": "September",
               "sept": "September", "oct": "October", "nov": "November", "dec": "December"}
# "may" has no clip of its own: three letters are its whole name, which a log writes too
CLIPS = "|".join(sorted({*MONTH_CLIPS, "may"}, key=len, reverse=True))
FULL = "|".join(MONTHS)
MONTH = rf"(?i:{FULL}|(?:{CLIPS})\.?)"
SEPARATOR = r"(?:\s+|\s*[-/]\s*)"
# two figures that end the date, not a count that goes on ("21%", "21,000", "21.5")
YEAR_END = r"(?![\d%]|[.,]\d)"
# in running text, nor a count of the noun after it ("on 11 Nov 21 civilians died"); a log's
# capitals, dashes or slashes make a date whatever follows
PROSE_YEAR_END = rf"{YEAR_END}(?!\s*[a-z])"
DAY_FIRST_RE = re.compile(rf"\b(?P<day>[0-3]?\d)\s+(?P<month>{MONTH})\s+(?P<year>\d\d)"
                          rf"{PROSE_YEAR_END}")
LOGGED_RE = re.compile(rf"\b(?P<day>[0-3]?\d){SEPARATOR}(?P<month>{FULL.upper()}|{CLIPS.upper()})"
                       rf"\.?{SEPARATOR}(?P<year>\d\d){YEAR_END}")
# run together, as a log writes it: the month must be in capitals ("11NOV21")
COMPACT_RE = re.compile(rf"\b(?P<day>[0-3]\d)(?P<month>{CLIPS.upper()})(?P<year>\d{{4}}|\d\d)"
                        rf"{YEAR_END}")
GROUP_RE = re.compile(rf"\b(?P<day>[0-3]\d)[0-2]\d[0-5]\d[A-Z]\s?(?P<month>{CLIPS.upper()})"
                      rf"\s?(?P<year>\d{{4}}|\d\d){YEAR_END}")
CAPITALS_RE = re.compile(rf"(?<!\d\s)\b(?P<month>{CLIPS.upper()})\.?\s+"
                         rf"(?P<year>\d\d){YEAR_END}")
LINKED_RE = re.compile(rf"\b(?P<day>[0-3]?\d)\s*(?P<link>[-/])\s*(?P<month>(?i:{CLIPS}))\.?"
                       rf"\s*(?P=link)\s*(?P<year>\d{{4}}|\d\d){YEAR_END}")
# most claims have no figure beside a month's first three letters: the patterns are not tried
CUE_RE = re.compile(rf"\d\s*[-/]?\s*(?i:{CLIPS})|(?:{CLIPS.upper()})\.?\s*\d")
PIVOT = 69  # strptime's %y: 69-99 -> 19xx, 00-68 -> 20xx


def dates_spelled(text: str) -> str:
    """`text` with its log-style dates written as "11 November 2021" (itself when it has
    none)."""
    if CUE_RE.search(text) is None:
        return text
    for pattern in (GROUP_RE, COMPACT_RE, LOGGED_RE, DAY_FIRST_RE, LINKED_RE, CAPITALS_RE):
        text = pattern.sub(spelled, text)
    return text


def spelled(match: re.Match) -> str:
    """The date `match` found, as a report writes it; as written when its day cannot be a
    day of that month."""
    name = month_name(match.group("month"))
    dated = "day" in match.groupdict()
    day = int(match.group("day")) if dated else 0
    if dated and not 1 <= day <= 31:
        return match.group()
    year = full_year(match.group("year"))
    return f"{day} {name} {year}" if day else f"{name} {year}"


def month_name(written: str) -> str:
    """The month's name, for its name or its clip in any case ("NOV", "Sept.", "june")."""
    key = table_key(written.rstrip(".")).lower()
    return MONTH_CLIPS.get(key) or key.capitalize()


def full_year(written: str) -> int:
    """The year two figures stand for (`PIVOT`); four figures are the year itself."""
    year = int(written)
    if len(written) == 4:
        return year
    return year + (1900 if year >= PIVOT else 2000)
