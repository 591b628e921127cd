"""Whether a figure in conflict is the claim's own measure with its unit changed: the same
count of another unit of the same kind ("up to four days" / "up to four weeks", "for two
years" / "for two months").

A differing figure is what another event of the same passage most often has, so a figure in
conflict needs most of the claim's other words (`check.CONTRADICT`). A measure has two parts,
its count and its unit, as a date has its day, month and year: a sentence that keeps the
count and changes the unit gives the claim's measure with one part otherwise, not the figure
of another event, which differs in both as a date of another event differs in every part
(`anchored.date_part_stated`). The measure is then in the claim's place, as an opposite
beside the same word is, and the rest needs only as much (`check.REVERSED_REST`).

Both figures must be measures of one kind (`facts.SIZES`: a time against a time, a length
against a length) and play one role: a span placing an event from another ("three days
later", `figure_roles.offset`) is no length of the claim's event ("for three months"), however
its count agrees.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .facts import MEASURES, SIZES, Mention, Parsed
from .figure_roles import offset

# the units of time among the measures `facts.SIZES` sizes (in days), as the lexicon's
# measures class them; the others are lengths (in metres), not comparable with these
TIME_UNITS = frozenset(unit for unit, kind in MEASURES.items() if kind == "time")


def unit_in_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed) -> bool:
    """One figure in conflict, the claim's measure and the sentence's the same count in two
    units of one kind, in the same role (`unit_changed`)."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.NUMBER:
        return False
    conflict = conflicts[0]
    start, end = conflict.span
    mine = [m for m in claim.mentions if m.family == "count" and m.unit
            and m.text in conflict.claim]
    theirs = [m for m in sentence.mentions if m.family == "count" and m.unit
              and start <= m.start and m.end <= end]
    return len(mine) == 1 and len(theirs) == 1 \
        and unit_changed(claim, mine[0], sentence, theirs[0])


def unit_changed(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention) -> bool:
    return mine.value == theirs.value and mine.unit != theirs.unit \
        and mine.unit in SIZES and theirs.unit in SIZES \
        and (mine.unit in TIME_UNITS) == (theirs.unit in TIME_UNITS) \
        and offset(claim, mine) == offset(sentence, theirs)
