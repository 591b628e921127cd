"""A claim written in English with the figures, dates and word order of a continental European
language, read as English writes them (round 82).

A German, Dutch or Italian writer translating literally keeps the conventions of the source
language: "12.480 troops" (a full stop between thousands), "1,5 million" (a decimal comma),
"on 17. March 2021" (a day followed by a full stop), "on 17.03.2021", "end 17" (a clipped
year), "1,2 Mrd." / "3 Mio." (the scale abbreviated), "the troops fight according to the
ministry since May in the north" (a named source set inside the clause). Read as English,
"3.047 soldiers" was a decimal that conflicted with the "3,047" stating it (a true claim
called contradicted), "17." a figure no sentence states and "17.03" a word.

`english_figures` gives the claim in English conventions; `check.check` reads it in the
claim's place. What is rewritten, and when:
- a day, month and year joined by full stops ("17.03.2021", "4.9.2019"): no English
  convention writes a date so, and no convention puts the month first with full stops;
- a day followed by a full stop before a month's name ("17. March"): English writes
  no stop after a day, and a figure closing a sentence is not followed by a month;
- a comma before one or two digits ("1,5 million", "0,8 percent") is a decimal comma:
  English groups thousands in threes only;
- a full stop before exactly three digits ("3.047", "12.480") stays a decimal point, as
  English writes it, unless the claim groups digits with full stops: a figure of two or more
  such groups ("1.250.000"), a group that ends in a zero ("1.620", "14.000": a decimal keeps
  no trailing zero in running text), or a date written the continental way (above). Then
  every such figure is thousands ("3.047" is three thousand forty-seven), and a comma before
  exactly three digits, which such a claim cannot use for grouping, is a decimal comma;
  otherwise a comma before three digits is a thousands separator as in English;
- "Mio." and "Mrd." after a figure are "million" and "billion";
- a year clipped to two figures after "end", "mid", "early", "late", "start" or "beginning"
  ("end 17", "mid-'16") is the latest year so ending that is not after this one ("early
  36" is 1936: claims tell the past); without an apostrophe only where no noun it could
  count follows ("end 17 people" is a count). An apostrophe alone ("from '64 to '88") is
  not read: measured, it gained nothing and exposed two faults of other readings (a span
  of years a sentence tells as a start "in" one year and an end "until" another is not read
  as the span; a span's end year conflicted with a loosely related single year).
- "according to" and a name inside the clause, with no comma before it and a function word
  (a preposition) or an adverb after it ("the guild trades according to the Harbour Board
  since ..."), is the claim's attribution, read first as English puts it ("According to the
  Harbour Board, the guild trades since ..."); before a noun the name is the noun's
  ("according to Board estimates").
A claim with none of these is returned as it is.
"""
from __future__ import annotations

import re
from datetime import date

from ..search.wordnet import adverbs
from ..text.spoken import MONTHS
from .facts import OPENING_PREPOSITIONS

MONTH_NAMES = "|".join(MONTHS)
# a day.month.year in figures, not inside a longer run of figures ("1.2.2023.4")
DOTTED_DATE_RE = re.compile(r"(?<![\w.,])([0-3]?\d)\.([01]?\d)\.((?:1[5-9]|20)\d\d)(?![\w]|[.,]\d)")
# a day with its full stop before a month's name
DAY_STOP_RE = re.compile(rf"(?<![\w.,])([0-3]?\d)\.\s+(?=(?:{MONTH_NAMES})\b)")
# a decimal comma: one or two digits after it, then no further digit or group
DECIMAL_COMMA_RE = re.compile(r"(?<![\w.,])(\d+),(\d{1,2})(?![\d]|[.,]\d)")
# a full stop before exactly three digits, once or more, in a figure of its own
DOTTED_GROUPS_RE = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d]|[.,]\d)")
# the same, or a comma before exactly three digits after a figure not grouped further:
# rewritten in one pass, so that no figure is rewritten twice
GROUP_OR_COMMA_RE = re.compile(r"(?<![\w.,])(?:(?P<dots>[1-9]\d{0,2}(?:\.\d{3})+)"
                               r"|(?P<whole>\d{1,3}),(?P<part>\d{3}))(?![\d]|[.,]\d)")
SCALE_RE = re.compile(r"(?<=\d)(\s*)(Mio|Mrd)\.?(?!\w)")
SCALES = {"Mio": "million", "Mrd": "billion"}
# a clipped year after a word of the year's part; not a decade ("mid-'90s")
PART_YEAR_RE = re.compile(r"\b(end|mid|early|late|start|beginning)(?:\s+of)?([\s-]+)['’]?(\d\d)"
                          r"(?![\w'’]|[.,]\d|\s*(?:%|percent\b|per\b))", re.IGNORECASE)
# the word after a clipped year, and a full stop that makes it an abbreviation ("end 17 ca.")
NEXT_WORD_RE = re.compile(r"\s+([a-z]+)(\.?)")
# "according to" and a name (an optional "the", then capitalised words) inside the clause
INSIDE_SOURCE_RE = re.compile(r"(?<=[^\W\d_]) according to ((?:the )?[A-Z][\w’'-]*"
                              r"(?: [A-Z][\w’'-]*)*)(?= )")
CUE_RE = re.compile(r"\d[.,]\d|\d\.\s+[A-Z]|\d\s*(?:Mio|Mrd)\b|\d\d\b|according to")


def english_figures(claim: str, stopwords: frozenset[str]) -> str:
    """The claim with continental conventions written as English writes them; `stopwords`
    are the words a clipped year may stand before ("end 17 and", "end 17 the")."""
    if CUE_RE.search(claim) is None:
        return claim
    grouped = groups_with_stops(claim)
    text = DOTTED_DATE_RE.sub(spelled_date, claim)
    text = DAY_STOP_RE.sub(r"\1 ", text)
    if grouped:
        text = GROUP_OR_COMMA_RE.sub(regrouped, text)
    text = DECIMAL_COMMA_RE.sub(r"\1.\2", text)
    text = SCALE_RE.sub(lambda m: f"{m.group(1) or ' '}{SCALES[m.group(2)]}", text)
    text = PART_YEAR_RE.sub(lambda m: clipped_part(m, stopwords), text)
    return attribution_first(text, stopwords)


def groups_with_stops(text: str) -> bool:
    """Whether the text groups digits with full stops: a figure of two or more groups, a
    group ending in a zero, or a date of the continental way."""
    if DOTTED_DATE_RE.search(text) or DAY_STOP_RE.search(text):
        return True
    return any(m.group().count(".") > 1 or m.group().endswith("0")
               for m in DOTTED_GROUPS_RE.finditer(text))


def regrouped(match: re.Match) -> str:
    """"3.047" -> "3,047"; "1,500" -> "1.500" (a decimal comma where full stops group)."""
    if match.group("dots"):
        return f"{int(match.group('dots').replace('.', '')):,}"
    return f"{match.group('whole')}.{match.group('part')}"


def spelled_date(match: re.Match) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group()
    return f"{day} {MONTHS[month - 1]} {match.group(3)}"


def full_year(two: str) -> int:
    """The latest year not after this one that ends so: a clipped year is a past year
    ("early 36" is 1936, "end 17" 2017)."""
    this_year = date.today().year
    year = this_year - this_year % 100 + int(two)
    return year if year <= this_year else year - 100


def clipped_part(match: re.Match, stopwords: frozenset[str]) -> str:
    """"end 17" -> "end of 2017"; kept where a word it could count follows ("end 17 people"),
    unless an apostrophe marks the year."""
    after = NEXT_WORD_RE.match(match.string, match.end())
    marked = "'" in match.group() or "’" in match.group()
    if not marked and after is not None and after.group(1) not in stopwords \
            and not after.group(2):
        return match.group()
    part, year = match.group(1), full_year(match.group(3))
    if part.lower() == "mid":
        return f"{part}-{year}"
    return f"{part} {year}" if part.lower() in ("early", "late") else f"{part} of {year}"


def attribution_first(text: str, stopwords: frozenset[str]) -> str:
    """"The guild trades according to the Board since May." -> "According to the Board, the
    guild trades since May." (a first "The", "A" or "An" put in lower case)."""
    match = INSIDE_SOURCE_RE.search(text)
    if match is None or match.start() == 0:
        return text
    after = NEXT_WORD_RE.match(text, match.end())
    word = after.group(1) if after is not None else ""
    if not (word in stopwords or word in OPENING_PREPOSITIONS or word in adverbs()):
        return text  # "according to Board estimates": the name is part of a noun phrase
    rest = text[:match.start()] + text[match.end():]
    if rest[:1].isupper() and rest.split(" ", 1)[0].lower() in ("the", "a", "an"):
        rest = rest[0].lower() + rest[1:]
    return f"According to {match.group(1)}, {rest}"
