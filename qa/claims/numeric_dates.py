"""Dates written in figures alone ("14/11/2021", "11/14/2021", "14.11.2021", "2021-11-14"),
read as the day, month and year they give, in claims and sources alike.

Read as figures, "2021-11-14" was a year and two counts, and "14/11/2021" nothing at all: a
claim dated so was supported by a sentence of any day of any month ("14" was a word left
unverified among many), and a sentence dated so stated no date. A day and a month in figures
are read only where the writing says which is which:
- year, month, day joined by dashes (ISO 8601) is one order;
- day.month.year joined by dots is one order (no convention writes the month first so);
- with slashes or dashes, a first figure over 12 is the day (day/month/year), a second one
  over 12 is the day (month/day/year), and two equal figures are both. "11/12/2021" may be 11
  December or 12 November: it is read as both (`EITHER_ORDER`), and compared by its two
  readings (`qa.claims.open_readings`).
Years are four figures from 1000 to 2999; a month is 1-12, a day 1-31. UN document symbols
("S/2023/402") and figures with decimals ("14.5") are no dates and are left to the figure
readers.

A record a script writes dates its fields in the other forms a year first or a month alone
takes (round 80: a record of "field: value" pairs was not found for its "2031-04", "04"
left unverified, and "2031/05/14" supported by a sentence of 14 April, its "05" a word among
many):
- a year first is followed by its month, then its day, whatever joins them ("2031/04/14",
  "2031.04.14", "2031-4-14"), or nothing at all (ISO 8601's basic form "20310414", a year
  of 1900-2099 and a valid month and day);
- a month alone in figures stands beside its year (`month_of_year`): "2031-04", "2031/04",
  "04/2031", "4/2031", "04.2031" (two figures before a dot: "4.2031" is a decimal). A year
  first is read so only where it can be no span of years: "2011-12" may be a season, and
  is read as one; "2031-04" (04 is before 31) is April 2031.
"""
from __future__ import annotations

import re

DAY_MONTH_YEAR = r"(?P<a>[0-3]?\d)(?P<link>[/.-])(?P<b>[0-3]?\d)(?P=link)(?P<year>[12]\d{3})"
YEAR_MONTH_DAY = (r"(?P<iso_year>[12]\d{3})(?P<iso_link>[/.-])(?P<iso_month>[01]?\d)(?P=iso_link)"
                  r"(?P<iso_day>[0-3]?\d)")
# ISO 8601's basic form, no mark between the figures: a year of these centuries only, since
# a run of eight figures may be a count or a code
BASIC = r"(?P<basic_year>(?:19|20)\d\d)(?P<basic_month>0[1-9]|1[0-2])(?P<basic_day>[0-3]\d)"
YEAR_MONTH = r"(?P<ym_year>(?:19|20)\d\d)[/-](?P<ym_month>0[1-9]|1[0-2])"
MONTH_YEAR = r"(?P<my_month>0?[1-9]|1[0-2])(?P<my_link>[/.])(?P<my_year>(?:19|20)\d\d)"
# not inside a longer run of figures, words or symbols; a time may follow ISO's "T"
DATE_RE = re.compile(rf"(?<![\w./,-])(?:{DAY_MONTH_YEAR}|{YEAR_MONTH_DAY}|{BASIC}|{YEAR_MONTH}"
                     rf"|{MONTH_YEAR})(?!(?!T\d)[\w/-]|[.,]\d)")
# most texts: no two figures joined by a slash, dot or dash, nor a run of eight figures
CUE_RE = re.compile(r"\d[/.-]\d|\d{8}")
# the family of a date whose day and month may be either way round: its value and day are
# the day-first reading
EITHER_ORDER = "either"


def numeric_dates(text: str) -> list[tuple[str, int, int, int, int]]:
    """Each date in figures as ("month", month, start, end, day) for its day and month (when
    the writing says which is which; `EITHER_ORDER` with the day-first reading when it does
    not) and ("year", year, start, end, 0) for its year, with the place in `text` each is
    written."""
    found: list[tuple[str, int, int, int, int]] = []
    if CUE_RE.search(text) is None:
        return found
    for match in DATE_RE.finditer(text):
        month_alone = month_of_year(match)
        if month_alone is not None:
            if month_alone:
                found.extend(month_alone)
            continue
        if match.group("iso_year") or match.group("basic_year"):
            iso = "iso" if match.group("iso_year") else "basic"
            year_at, day_at = match.span(f"{iso}_year"), (match.start(f"{iso}_month"), match.end())
            day_month = (int(match.group(f"{iso}_day")), int(match.group(f"{iso}_month")))
        else:
            year_at, day_at = match.span("year"), (match.start(), match.end("b"))
            first, second = int(match.group("a")), int(match.group("b"))
            if not (valid(first, second) or valid(second, first)):
                continue  # "45/13/2021": no day and month in any order
            day_month = ordered(first, second, match.group("link"))
            if day_month is None and valid(first, second) and valid(second, first):
                found.append((EITHER_ORDER, second, day_at[0], day_at[1], first))
        if day_month is not None:
            if not valid(*day_month):
                continue  # "2021-13-01", "01.13.2021"
            day, month = day_month
            found.append(("month", month, day_at[0], day_at[1], day))
        found.append(("year", int(text[year_at[0]:year_at[1]]), year_at[0], year_at[1], 0))
    return found


def month_of_year(match: re.Match) -> list[tuple[str, int, int, int, int]] | None:
    """A month alone beside its year ("2031-04", "04/2031") as its month and year; [] where
    the figures are no month ("2011-12", a span of years whose end the month could be;
    "4.2031", a decimal); None for a date of a day."""
    if match.group("ym_year"):
        year, month = match.group("ym_year"), match.group("ym_month")
        if int(month) > int(year[2:]):
            return []
        year_at, month_at = match.span("ym_year"), match.span("ym_month")
    elif match.group("my_year"):
        year, month = match.group("my_year"), match.group("my_month")
        if match.group("my_link") == "." and len(month) < 2:
            return []
        year_at, month_at = match.span("my_year"), match.span("my_month")
    else:
        return None
    return [("month", int(month), *month_at, 0), ("year", int(year), *year_at, 0)]


def ordered(first: int, second: int, link: str) -> tuple[int, int] | None:
    """(day, month) of two figures before a year, or None when the writing does not say
    which is which."""
    if link == ".":
        return first, second
    if first > 12 >= second or first == second:
        return first, second
    if second > 12 >= first:
        return second, first
    return None


def valid(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12
