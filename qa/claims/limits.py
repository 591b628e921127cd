"""A date a sentence gives as the limit of a state, not the date of its events.

"On 9 March, the guild said it would keep a crew at Orsk until May 2031": 2031 is how long
the crew stays, not the year of 9 March. Read as the sentence's one year, it dated 9 March
2031 and lent a claim of that date ("On 9 March 2031, the guild said ...") a support the
text does not give (`intervals.find_dates`); and it kept the year the frame sets from the
sentence's own date (`inherited.inherited_years`).

The other end of a state is its start: "the guild has held the quay since May 2029" tells
where a state began that runs on to the time of writing, not the time of the events the
paragraph tells; neither end sets the year a later "In September, ..." is read in
(`off_story`).
"""
from __future__ import annotations

import re

from .facts import MONTHS, Mention, Parsed

# a date the sentence gives as how long what it tells lasts ("would keep a part of it until
# May 2031"), with its day and month if written
LIMIT_RE = re.compile(r"\b(?:until|till)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:(?:%s)\s+)?"
                      r"(?:\d{1,2},?\s+)?$" % "|".join(MONTHS), re.IGNORECASE)


# a date the sentence gives as the start of a state that lasts to the time of writing ("has
# dredged the channel since December 2029"), or that dates the event a "since" clause names as
# its start ("have stayed strained ever since the council seized the port in May 2029"): a
# few words with no clause break or conjunction between, then the date's part of the year,
# day and month
START_RE = re.compile(r"\bsince\s+(?:(?!(?:and|but|or|then|while)\b)[^\W\d]+\s+){0,8}?"
                      r"(?:(?:in|on)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?"
                      r"(?:(?:%s)\s+)?(?:\d{1,2},?\s+)?$" % "|".join(MONTHS), re.IGNORECASE)


# a denial in the clause before "until": "did not approve the budget until March 2031" dates
# the approval, no limit
DENIED_RE = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:,]")


def limit_at(text: str, end: int) -> bool:
    """The date ending at `end` (before its year, or right after its month) is a limit: it
    follows "until", in a clause that denies nothing before it."""
    found = LIMIT_RE.search(text[:end])
    if found is None:
        return False
    clause = CLAUSE_END.split(text[:found.start()])[-1]
    return not DENIED_RE.search(clause)


def limit(sentence: Parsed, year: Mention) -> bool:
    """The year ends a date the sentence gives as the limit of a state ("until May 2031"),
    not the date of its events: "On 9 March, the guild said it would stay until May 2031"
    tells of 9 March in the frame's year, as a sentence without the limit would."""
    return limit_at(sentence.text, year.start)


def off_story(text: str, at: int) -> bool:
    """The year at `at` in `text` is an end of a state, its limit ("until May 2031") or its
    start ("since May 2029"): it dates neither the events the sentence tells nor those told
    after it, so it sets no year for them (`inherited`)."""
    return limit_at(text, at) or bool(START_RE.search(text, 0, at))
