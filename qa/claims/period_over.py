""""over" before a range of years: the span the figures fall in, not a lower bound.

"Over" is a bound of a figure ("over 300 troops": more than 300) and a preposition of time
("over the last decade", "over 1993–2018": during those years). Before a range whose ends are
both years it is the preposition: "rose 3 mm a year over 1993–2018" dates the rise in those
years, as "between 1993 and 2018" does. Read as a bound, the first year became "more than
1993", a count that no sentence writing the span "between 1993 and 2018" or "from 1993 to
2018" states, and a true claim was left unverified.
"""
from __future__ import annotations

import re

YEAR_RE = re.compile(r"(?:1[0-9]|2[01])\d\d")
# the range's other end, a year: "–2018", " to 2018", "-18" is no year of its own
YEAR_AFTER_RE = re.compile(r"\s*(?:to|until|till|through|[–—-])\s*(?:1[0-9]|2[01])\d\d\b")


def period_over(bound_word: str, raw: str, text: str, end: int) -> bool:
    """The figure `raw` (ending at `end` of `text`) after the bound word `bound_word` is the
    first year of a span that "over" introduces (see above)."""
    return bound_word.lower() == "over" and bool(YEAR_RE.fullmatch(raw)) \
        and bool(YEAR_AFTER_RE.match(text, end))
