"""A hedged year read as a date: "since about 1978", "by around 2040", "began back around 1880".

A hedge ("about", "around", "roughly") made a year-shaped figure a count (`facts.number_mention`
reads "about 1930 troops" so), unless a range's other end is a year (`year_range_end`). A claim
dating an event "since about 1978" then met a sentence's "since 1978" as a count against a
year: the date was left unverified, and a true claim whose source dates it exactly was left
not_found, or called contradicted by a year-shaped count read against the sentence's figures.

The figure is a date when a preposition of time stands right before its hedge (or "back", the
adverb of past time, "back around 1880"; or the clause opens with it, "Around 1900, ..."; not
a bracket, "(c. 2015)", whose figure alone is read as before), and no noun it could count
follows it: the clause ends, a function word or a verb in the past comes next (as
`early_years` reads a bare year before 1900). The year keeps its "approx" bound, and
`compare.agree` compares years by value, so a hedged date states and is stated by that year
only: "about 1978" is not "1962", and a hedge admits no year the source does not give.
"""
from __future__ import annotations

import re

from .early_years import AFTER_RE, past_after

YEAR_SHAPE_RE = re.compile(r"1[0-9]\d\d|20\d\d")
# a preposition of time before the hedge, or the adverb "back" of a past time ("back around
# 1880"), or the start of the text or of a clause ("Around 1920, ..."); not an opening
# bracket: a hedged figure alone in brackets ("(c. 2015)") is left to the readings of a
# bracketed figure, as before (a label's date read as a fact withheld a right support);
# "by" dates a deadline ("by around 2040") and is read only with a year after it that nothing
# counts (the test on what follows, below)
TIME_BEFORE_RE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:in|since|until|till|during|before|after|by|from|back|starting|"
    r"beginning|dating)\s+)$", re.I)
BEFORE_REACH = len("beginning  ")


def hedged_year(text: str, raw: str, bound_start: int, end: int) -> bool:
    """The hedged figure `raw` (its hedge starting at `bound_start`, the figure ending at
    `end`) is a date (see above)."""
    return bool(YEAR_SHAPE_RE.fullmatch(raw)) \
        and bool(TIME_BEFORE_RE.search(text, max(0, bound_start - BEFORE_REACH), bound_start)) \
        and (bool(AFTER_RE.match(text, end)) or past_after(text, end))


# a figure written as a year is ("around 1968"): four figures of the years' band, no comma of
# thousands, no decimals, nothing it measures
WRITTEN_YEAR_RE = re.compile(r"(?<![\d,.])(?:1[0-9]|20)\d\d$")


def hedged_years_apart(claim, source) -> bool:
    """Two hedged figures each written as a year ("peaked around 1988" / "peaking around
    1968"), read as counts where no word of time stands before them (`hedged_year`), are
    the same figure only if they are the same year: a hedge rounds a count of troops to a
    tenth of its size, and read so, "around 1750" stated "around 1850" (a true claim's
    year changed by a century was supported). `claim` and `source` are `facts.Mention`s."""
    return claim.family == source.family == "count" and claim.bound == source.bound == "approx" \
        and not claim.unit and not source.unit and claim.value != source.value \
        and bool(WRITTEN_YEAR_RE.search(claim.text)) and bool(WRITTEN_YEAR_RE.search(source.text))
