"""A comparison with "the previous year": the year before the claim's own.

"The guild landed more cod in 2031 than the previous year" compares two years' figures, as
"than in 2030" does; `compared_figures` reads two dates written out, and a sentence giving
both years' figures ("3,100 tonnes in 2030 and 3,900 in 2031") states or reverses the
comparison. Written as the year before the claim's one year ("the previous year", "the year
before", "the preceding year", "the prior year", "a year earlier"), the second date was read as
none, and the comparison was left unread: its word ("more") unstated, so a reversal of it was
no conflict and a statement of it no support. The phrase right after "than" names that year
only when the claim's other date is a year alone (not a month: "the previous month" is
another measure).
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed, Token

# the year before the one the claim gives, right after "than" ("than the previous year",
# "than in the year before", "than a year earlier")
YEAR_BEFORE_RE = re.compile(
    r"\s*(?:in\s+|during\s+)?(?:(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+"
    r"(?:before|prior)|a\s+year\s+(?:earlier|before))\b", re.IGNORECASE)


def year_before(claim: Parsed, than: Token, first) -> tuple[Mention, int, int, int] | None:
    """The date (as `intervals.dates` gives one) of the year before the claim's year `first`,
    when the words right after "than" name it; None otherwise."""
    if first is None or first[1] or first[2] or not first[3]:
        return None  # a month or a day: "the previous year" then is no date of the same kind
    found = YEAR_BEFORE_RE.match(claim.text, than.end)
    if found is None:
        return None
    year = first[3] - 1
    mention = Mention("year", year, found.group().strip(), found.start() + len(
        found.group()) - len(found.group().lstrip()), found.end())
    return mention, 0, 0, year
