"""A claim's date whose year the sentence writes for another date, or whose month and year it
writes only as a limit.

"On 9 March, the guild said it would keep a crew at Orsk until May 2031" states 9 March and
2031, but not 9 March 2031: the year belongs to the later date, which is how long the crew
stays. Matched word by word, "On 9 March 2031, the guild said ..." was supported by it, and
so was "In May 2031, the guild said ..." by the limit "until May 2031", which dates no deed
the sentence tells. So, for support only: a claim's month with its year right after
("9 March 2031", "May 2031") is unstated when the sentence writes that month and, after it,
that year only in limits ("until"), and dates the month by the year (the year right after
it, or after a list of months: "in March and April 2031" dates March) only as a limit, where
the claim's date is none. A year of a deed or a deadline after the month ("on 30 June ... by
December 2031") is left alone: the sentence's events often share it. So is a year written
before the month ("In 2031, in May, ...").
"""
from __future__ import annotations

import re

from .around import YEAR_AFTER_RE
from .facts import MONTHS, Mention, Parsed
from .limits import limit_at

# what may stand between a month and the year that dates it: days, other months, and the
# words that list or join them ("March and April 2031", "3 to 9 May 2031")
LISTED_RE = re.compile(r"(?:[\s,–-]|\d{1,2}(?:st|nd|rd|th)?\b|and\b|or\b|to\b|through\b|%s)*"
                       % "|".join(rf"{m}\b" for m in MONTHS), re.IGNORECASE)


def date_split(claim: Parsed, sentence: Parsed) -> bool:
    """The sentence states the claim's dated month and its year apart, or as a limit only."""
    for month in claim.mentions:
        if month.family != "month":
            continue
        year = next((y for y in claim.mentions if y.family == "year" and y.start >= month.end
                     and YEAR_AFTER_RE.fullmatch(claim.text[month.end:y.end])), None)
        if year is None:
            continue
        theirs = [m for m in sentence.mentions if m.family == "month" and m.value == month.value]
        years = [y for y in sentence.mentions if y.family == "year" and y.value == year.value]
        if not theirs or not any(y.start > m.end for y in years for m in theirs):
            continue
        if limit_at(claim.text, year.start) \
                or not all(limit_at(sentence.text, y.start) for y in years):
            continue  # the claim's date is a limit too, or the year dates a deed or deadline
        dating = [m for m in theirs if any(dates(sentence, m, y) for y in years)]
        if all(limit_before(sentence, m) for m in dating):
            return True  # the year dates another month, or the claim's only as a limit
    return False


def dates(sentence: Parsed, month: Mention, year: Mention) -> bool:
    """The year dates the month: written after it, with only days and listed months between."""
    return year.start >= month.end and LISTED_RE.fullmatch(sentence.text[month.end:year.start])


def limit_before(sentence: Parsed, month: Mention) -> bool:
    """The month opens a limit's date ("until May", "until 9 May")."""
    return limit_at(sentence.text[:month.end] + " ", month.end + 1)
