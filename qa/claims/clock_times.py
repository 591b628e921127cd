"""Times of day ("09:30", "9.30 a.m.", "9:30 pm", "0930 hrs", "14h30", "at 14h", "14.30 Uhr",
"2021-11-11T09:30Z"), read as the minute of the day they give, in claims and sources alike.

Read as figures, "09:30" was the counts 9 and 30, "9.30 a.m." the count 9.3 and "0930 hrs"
930: a claim's time was stated by any sentence holding those figures ("930 euros") and
contradicted by any other count next to the same words, while "9:30 pm" was supported by a
sentence saying "9:30" in the morning. A time is its own kind of fact: stated by the same
minute of the day in any of these forms, given otherwise only by another time (never by a
count, an amount or a year).
- A 12-hour clock's "a.m." / "p.m." (any case, dotted or not) sets the half of the day.
- Figures alone with a colon ("9:30") are read as a 24-hour clock; an hour from 1 to 11
  without a leading zero may also be a 12-hour clock's evening, so such a time is
  `UNTOLD_HALF`: it states its morning reading, and no time twelve hours later is another.
- A time zone after the time is kept: "Z", "UTC" and "GMT" (with an offset such as "+01:00"
  read back to UTC) are one zone; another zone's letters ("CET") are that zone. Two times in
  two zones are neither the same nor another time; a claim without a zone is stated by a
  time in any.
Four figures need a 24-hour clock's word ("hrs", "h", "Z", or "hours" after a leading zero or
"at"): "1400 hours" may be a duration. A bare hour with "h" needs "at" before it ("at 14h"):
"a 12h shift" is a length.
"""
from __future__ import annotations

import re

MINUTES_A_DAY = 24 * 60
HALF_DAY = 12 * 60
UNTOLD_HALF = "half"  # a time's bound: "9:30" may be 21:30 too (the 12-hour clock's evening)
UTC = "utc"

MERIDIEM = r"(?P<mer>[aApP])(?:\.\s?[mM]\.?|\s?[mM])(?![^\W\d_])"  # "p.m.", "pm", "PM"
# "Z" and an ISO offset ("+01:00") are written onto the time; a zone's letters after a space
ZONE = (r"(?:(?P<zulu>Z)|(?P<offset>[+\-−][01]\d:?[0-5]\d)"
        r"|\s?(?P<zone>(?:UTC|GMT)(?:[+\-−]\d{1,2}(?::?\d\d)?)?|[A-Z]{2,3}T))(?![^\W\d_])")
# not inside a longer run of figures or a decimal; an ISO date's "T" may come right before
START = r"(?:(?<=\dT)|(?<![\w.,:/$€£-]))"
END = r"(?![\w:]|[.,]\d)"
UHR = r"(?P<uhr>\s?Uhr\b)"
COLON_RE = re.compile(rf"{START}(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?"
                      rf"(?:\s?{MERIDIEM}|{UHR})?(?:{ZONE})?{END}")
# "9.30 a.m.", "9 pm", "14.30 Uhr", "14 Uhr": a dot or a bare hour is a time only by its word
WORDED_RE = re.compile(rf"{START}(?P<h>[01]?\d|2[0-3])(?:\.(?P<m>[0-5]\d))?"
                       rf"(?:\s?{MERIDIEM}|{UHR})(?:{ZONE})?{END}")
MILITARY_RE = re.compile(rf"{START}(?P<at>(?<=\bat\s))?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                         rf"(?:\s?(?P<word>hrs|hours|h)\b|(?:{ZONE})){END}")
FRENCH_RE = re.compile(rf"{START}(?P<at>(?<=\bat\s)|(?<=\bà\s))?(?P<h>[01]?\d|2[0-3])h"
                       rf"(?P<m>[0-5]\d)?{END}")
# most texts have no time: no figure before a colon, a dot and two figures, "m", "h", "Z" or "T"
CUE_RE = re.compile(r"\d(?::\d|\.\d\d\s?[aApPU]|\s?[aApP]\.?\s?[mM]|\s?[hHZ]|\s?Uhr|T\d)")


def clock_times(text: str) -> list[tuple[int, int, int, str, str]]:
    """Each time of day as (minute of the day, start, end, zone, bound): the zone "" when none
    is written, the bound `UNTOLD_HALF` when the half of the day is not told."""
    if CUE_RE.search(text) is None:
        return []
    found: list[tuple[int, int, int, str, str]] = []
    for pattern in (COLON_RE, WORDED_RE, MILITARY_RE, FRENCH_RE):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for _, s, e, _, _ in found):
                continue
            read = minute_of(match)
            if read is not None:
                found.append((read[0], match.start(), match.end(), read[1], read[2]))
    return sorted(found, key=lambda t: t[1])


def minute_of(match: re.Match) -> tuple[int, str, str] | None:
    """The minute of the day, the zone and the bound of a time `match` found; None for
    figures that are no time of day in that form."""
    groups = match.groupdict()
    written_hour, minutes = groups["h"], groups.get("m")
    hour, minute = int(written_hour), int(minutes or 0)
    after_at = groups.get("at") is not None
    if groups.get("word") == "hours" and not (written_hour.startswith("0") or after_at):
        return None  # "1400 hours": a duration as often as a time
    if match.re is FRENCH_RE and minutes is None and not after_at:
        return None  # "a 12h shift": a length
    bound = ""
    if groups.get("mer"):
        if not 1 <= hour <= 12:
            return None  # "14 pm"
        hour = hour % 12 + (12 if groups["mer"].lower() == "p" else 0)
    elif match.re is COLON_RE and 1 <= hour <= 11 and not written_hour.startswith("0") \
            and not (groups.get("uhr") or groups.get("zulu") or groups.get("offset")
                     or groups.get("zone")):
        bound = UNTOLD_HALF
    zone, shift = zone_of(groups)
    return (hour * 60 + minute - shift) % MINUTES_A_DAY, zone, bound


def zone_of(groups: dict) -> tuple[str, int]:
    """The zone a time is written in ("" for none) and its offset from UTC in minutes (0 for
    a named zone, whose offset is not read: it is compared only with the same zone)."""
    named = groups.get("zone") or ""
    offset = groups.get("offset") or named[3:]
    if not (groups.get("zulu") or offset or named.startswith(("UTC", "GMT"))):
        return named.lower(), 0
    if not offset:
        return UTC, 0
    sign = -1 if offset[0] in "-−" else 1
    digits = re.sub(r"\D", "", offset)
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return UTC, sign * (int(hours) * 60 + int(minutes))


def readings(value: int, bound: str) -> tuple[int, ...]:
    """The minutes of the day a time may be: its own, and twelve hours later for a time that
    does not tell its half of the day."""
    if bound == UNTOLD_HALF:
        return value, (value + HALF_DAY) % MINUTES_A_DAY
    return (value,)
