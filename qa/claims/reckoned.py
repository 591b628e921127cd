"""A date a sentence gives by its distance from the sentence before it, reckoned.

Reports date one event and place the next from it: "On 11 November, Côte d'Ivoire informed
the UN ... Three days later, the UK announced ..." says the UK announced on 14 November,
though no "14" is written. A sentence that opens on such an offset (`figure_roles.offset`: a
span of time, then "later", "earlier", "afterwards" or "after that"; or "the next day", "the
following month"; or "the same day", "that year", "later that month") is read with the date
it reckons from the one date of the sentence before it. A claim's "14 November" is then stated by it, and a claim's "17 November" is set against
it, as if the report had written the date.

What is reckoned is kept to what the words fix:
- only an offset that opens its sentence counts from the sentence before ("two weeks after
  the vote" counts from the vote, `intervals` reads that), and a hedged one ("about a month
  later") fixes no date;
- the sentence before must give one date (with two, which event the offset counts from is in
  doubt);
- days and weeks move a date that has its day; months move the month (its day left out:
  months differ in length); years move the year (its month left out).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .facts import MONTHS, Mention, Parsed, starting
from .figure_roles import OFFSET_RE, offset
from .intervals import DAYS, YEARS, dates

# the words an offset may follow at its sentence's start: connectives, not another phrase
OPENERS = frozenset("and but then so yet just only".split())
FORWARD = frozenset("later afterwards afterward".split())
BACKWARD = frozenset(("earlier",))
# "after that", "before this": the same offset, counted from what was just told
BACK_REFERENCE_RE = re.compile(r"\s+(?:that|this)\b", re.I)
# "The next day", "the following month", "the day after": a span of one, with no figure;
# "The same day", "That year", "Later that month": a span of none, the date's own day, month
# or year
# (`starting`: the pattern is tried only before the first letter of one of its opening words,
# half the time of trying it at every character; asked of every sentence aligned)
NEXT_RE = re.compile(starting(["the", "on", "in", "that", "later", "earlier"])
                     + r"(?:the\s+(?:next|following)\s+(?P<next>day|week|month|year)"
                     r"|the\s+(?P<before>day|week|month|year)\s+(?:after|before)"
                     r"(?=\s*,|\s+that\b|\s+this\b)"
                     r"|(?:(?:on|in)\s+)?(?:the\s+same|that(?:\s+same)?|(?:later|earlier)\s+that)"
                     r"\s+(?P<same>day|month|year)(?!\s+(?:of|as|when|before|after)\b))\b",
                     re.I)
MONTH_NAMES = {n: name.capitalize() for name, n in MONTHS.items()}
COMMON_YEAR = 2001  # days are counted in a year with no 29 February when the year is not given


def with_reckoned_dates(sentences: list[Parsed]) -> list[Parsed]:
    """The passage's sentences, each that opens on an offset from the sentence before given
    the date it reckons as mentions of its own (a new parse: parses are shared and never
    changed)."""
    read = list(sentences)
    for i in range(1, len(sentences)):
        found = opening_offset(sentences[i])
        if found is None:
            continue
        anchor = one_date(sentences[i - 1])
        if anchor is None:
            continue
        span, unit, way, start, end = found
        moved = moved_date(anchor, span, unit, way)
        if moved is None:
            continue
        phrase = sentences[i].text[start:end]
        shown = f'{written(moved)} ("{phrase}", from {written(anchor)})'
        read[i] = replace(sentences[i], mentions=sentences[i].mentions
                          + date_mentions(moved, shown, start, end),
                          memo={}, lists={}, neighbourhoods={})
    return read


def opening_offset(sentence: Parsed) -> tuple[float, str, int, int, int] | None:
    """(span, unit, direction, start, end) of the offset the sentence opens on, if any."""
    words = sentence.tokens
    for m in sentence.mentions:
        if not offset(sentence, m) or m.bound or m.unit not in DAYS.keys() | YEARS.keys() \
                | {"month"}:
            continue
        before = [t.word.lower() for t in words if t.end <= m.start]
        if len(before) > 2 or not set(before) <= OPENERS:
            return None
        phrase = OFFSET_RE.match(sentence.text, m.end)
        word = phrase[0].split()[-1].lower()
        if word in FORWARD or word in BACKWARD:
            return m.value, m.unit, 1 if word in FORWARD else -1, m.start, phrase.end()
        if word in ("after", "before") and BACK_REFERENCE_RE.match(sentence.text, phrase.end()):
            return m.value, m.unit, 1 if word == "after" else -1, m.start, phrase.end()
        return None
    match = NEXT_RE.search(sentence.text)
    if match is None:
        return None
    before = [t.word.lower() for t in words if t.end <= match.start()]
    if len(before) > 2 or not set(before) <= OPENERS:
        return None
    if match["same"]:
        return 0, match["same"].lower(), 1, match.start(), match.end()
    unit = match["next"] or match["before"]
    way = -1 if match["before"] and "before" in match[0].lower() else 1
    return 1, unit.lower(), way, match.start(), match.end()


def one_date(sentence: Parsed) -> tuple[int, int, int] | None:
    """(day, month, year) of the sentence's one date (0 where it leaves a part out), or None
    when it gives none or more than one."""
    found = {(day, month, year) for _, day, month, year in dates(sentence)}
    if len(found) != 1:
        return None
    return found.pop()


def moved_date(anchor: tuple[int, int, int], span: float, unit: str,
               way: int) -> tuple[int, int, int] | None:
    """The date `span` `unit`s from `anchor`, forward (`way` 1) or back, as far as the offset
    fixes it: None when the anchor lacks the part the unit moves."""
    day, month, year = anchor
    if span != int(span):
        return None  # "one and a half months later"
    steps = int(span) * way
    if unit in DAYS:
        if not (day and month):
            return None
        try:
            moved = date(year or COMMON_YEAR, month, day) + timedelta(days=steps * DAYS[unit])
        except (ValueError, OverflowError):
            return None
        if not year and moved.year != COMMON_YEAR:
            return moved.day, moved.month, 0
        return moved.day, moved.month, moved.year if year else 0
    if unit == "month":
        if not month:
            return None
        index = month - 1 + steps
        if not year and not 0 <= index < 12:
            return 0, index % 12 + 1, 0
        return 0, index % 12 + 1, year + index // 12 if year else 0
    if unit in YEARS and year:
        return 0, 0, year + steps * YEARS[unit]
    return None


def date_mentions(moved: tuple[int, int, int], shown: str, start: int,
                  end: int) -> list[Mention]:
    """The reckoned date as the sentence's mentions, placed on the offset's words."""
    day, month, year = moved
    found = []
    if month:
        found.append(Mention("month", month, shown, start, end, day=day))
    if year:
        found.append(Mention("year", float(year), shown, start, end))
    return found


def written(when: tuple[int, int, int]) -> str:
    """A date as a report writes it: "14 November 2022", "December 2021", "2015"."""
    day, month, year = when
    return " ".join(part for part in (str(day) if day else "",
                                      MONTH_NAMES.get(month, "") if month else "",
                                      str(year) if year else "") if part)
