"""A range's first figure is of the kind its last figure gives: in "5–10% of the shelf" the 5
is a percent, as the 10 is, not a bare count.

The figure before the dash carries no sign of its own, so it was read as a count and paired
with a claim's count of another quantity: "warm by about 6 degrees" against "5–10% of that
area" was called contradicted. A figure whose range partner written right after it (a dash or
"to" between) is of another kind is read as that kind: no rival of the claim's figure unless
the claim's is of that kind too.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed

RANGE_GAP_RE = re.compile(r"\s*(?:[-–—]|to)\s*")


def range_kind(text: Parsed, mention: Mention) -> str:
    """The family of the range end written right after the figure ("5–10%": percent), or its
    own family where no such end follows; both ends written in digits ("third-largest" is a
    word and a rank joined, no range)."""
    if not mention.text[:1].isdigit():
        return mention.family  # "third-largest": a rank's compound, no range
    after = min((m for m in text.mentions if m.start >= mention.end),
                key=lambda m: m.start, default=None)
    if after is not None and after.text[:1].isdigit() \
            and RANGE_GAP_RE.fullmatch(text.text, mention.end, after.start):
        return after.family
    return mention.family


def other_range_kind(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    """The two figures are of one family but the range of one of them makes it another."""
    return mine.family == theirs.family \
        and range_kind(claim, mine) != range_kind(sentence, theirs)
