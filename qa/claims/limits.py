"""A date a sentence gives as the limit of a state, not the date of its events.

"On 9 March, the guild said it would keep a crew at Orsk until May 2031": 2031 is how long
the crew stays, not the year of 9 March. Read as the sentence's one year, it dated 9 March
2031 and lent a claim of that date ("On 9 March 2031, the guild said ...") a support the
text does not give (`intervals.find_dates`); and it kept the year the frame sets from the
sentence's own date (`inherited.inherited_years`).
"""
from __future__ import annotations

import re

from .facts import MONTHS, Mention, Parsed

# a date the sentence gives as how long what it tells lasts ("would keep a part of it until
# May 2031"), with its day and month if written
LIMIT_RE = re.compile(r"\b(?:until|till)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:(?:%s)\s+)?"
                      r"(?:\d{1,2},?\s+)?$" % "|".join(MONTHS), re.IGNORECASE)


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
