"""A range stated by the same range: "between 40 and 70 kilotonnes" / "estimated at between
40 and 70 kilotonnes".

An end of a claim's range ("between 400 and 500") is stated by a figure of the sentence only
where that one figure lies within both ends (`compare.range_agrees`): "450" states the range,
"174" (at most 500, but below 400) is its rival. A sentence giving the very same range holds
no figure within both ends: its lower end, "at least 400", is not "at most 500", as a bound
excludes nothing it does not say. So a true claim that repeated its source's range was left
with both figures unverified (not_found), and where the sentence had one more figure of the
kind ("about 31 million tons a year, while the ranges emit between 0.4 and 0.6 million"),
that figure was taken for the range's rival and the claim called contradicted.

Here each end of the claim's range is stated by the sentence's end on the same side of a
range of its own, when the two agree both ways: the same value (in any unit of one size,
"billion tonnes" / "gigatonnes"), not a narrower or a wider range. A range inside the claim's
is, read strictly, a figure the claim allows, but a claim writer who moves an end ("between
40 and 90" for the source's 40 and 70) most often means another figure: that is left to the
readings that were there (no support; a rival where one is read).
"""
from __future__ import annotations

from typing import Callable

from .facts import Mention, Parsed, range_partner


def same_range(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
               agree: Callable[[Mention, Mention], bool]) -> bool:
    """`mine` is an end of a claim's range, `theirs` the end on the same side of a range of
    the sentence, and both pairs of ends agree both ways (`agree` is `compare.agree`: the
    same value in one measure, a lower end with a lower one)."""
    if theirs.family != mine.family:
        return False
    partner = range_partner(claim, mine)
    if partner is None:
        return False
    other = range_partner(sentence, theirs)
    if other is None or (mine.start < partner.start) != (theirs.start < other.start):
        return False
    return agree(mine, theirs) and agree(theirs, mine) \
        and agree(partner, other) and agree(other, partner)
