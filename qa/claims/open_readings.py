"""Dates and times whose writing leaves two readings open, compared by their readings.

- A date in figures whose order the writing does not tell ("03/04/2022": both figures 12 or
  under, `numeric_dates`) is a month mention with the bound `EITHER_ORDER`: its value and day
  are the day-first reading (4 March), the other reading swaps them (3 April).
- A time on a colon with an hour from 1 to 11 ("9:30", `clock_times`) may be the 12-hour
  clock's evening: the bound `clock_times.UNTOLD_HALF`.
A claim's open date or time is stated by a sentence whose date or time is one of its readings
(the reading that matched is shown with the fact); a sentence's open one states only a claim
written the same way, since it does not say which reading it means. Neither conflicts with a
date or time that one of its readings may be: only a value that no reading can be is another.
"""
from __future__ import annotations

from ..text.lexicon import words
from .clock_times import UNTOLD_HALF, readings as time_readings
from .numeric_dates import EITHER_ORDER

# the month names the reading shown spells out ("read as 3 April"), from the lexicon's list
# that `facts.MONTHS` reads too
MONTH_NAMES = tuple(month.capitalize() for month in words()["months"])


OPEN_BOUNDS = frozenset((EITHER_ORDER, UNTOLD_HALF))  # the bounds of a reading left open


def open_reading(mention) -> bool:
    """A date whose order, or a time whose half of the day, the writing leaves open."""
    return mention.bound in OPEN_BOUNDS


def date_readings(mention) -> tuple[tuple[int, int], ...]:
    """The (month, day) pairs a month mention may be: one, or two for a date of either order."""
    if mention.bound == EITHER_ORDER:
        return (mention.value, mention.day), (mention.day, mention.value)
    return ((mention.value, mention.day),)


def readings_agree(claim, source) -> bool:
    """The source's date or time states the claim's (`agree` of `qa.claims.compare`, for a
    pair in which one is open): one of the claim's readings is the source's, and the source
    tells which it means (written as one reading, or open the same way as the claim)."""
    if claim.family == "time":
        if claim.kind and claim.kind != source.kind:
            return False  # "09:30 UTC" is not stated by "09:30" in an untold zone
        if source.bound == UNTOLD_HALF:
            return claim.value == source.value  # its morning reading, as written
        return source.value in time_readings(claim.value, claim.bound)
    if source.bound == EITHER_ORDER:
        return claim.bound == EITHER_ORDER \
            and set(date_readings(claim)) == set(date_readings(source))
    return bool(source.day) and (source.value, source.day) in date_readings(claim)


def may_be_same(claim, source) -> bool:
    """One reading of each may be the same date or time: no conflict ("03/04/2022" and "in
    April 2022", "9:30" and "9:30 p.m.")."""
    if claim.family == "time":
        return not set(time_readings(claim.value, claim.bound)).isdisjoint(
            time_readings(source.value, source.bound))
    return any(month == other and (day == other_day or not day or not other_day)
               for month, day in date_readings(claim)
               for other, other_day in date_readings(source))


def reading_shown(claim, source) -> str:
    """The claim's open date or time as written, with the reading the source stated ("03/04
    (read as 3 April)"); as written when it is not open."""
    if claim.family == "month" and claim.bound == EITHER_ORDER \
            and source.bound != EITHER_ORDER and source.family == "month":
        return f"{claim.text} (read as {source.day} {MONTH_NAMES[source.value - 1]})"
    if claim.family == "time" and claim.bound == UNTOLD_HALF and source.value != claim.value:
        return f"{claim.text} (read as {source.value // 60:02d}:{source.value % 60:02d})"
    return claim.text
