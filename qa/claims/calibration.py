"""How sure a verdict is: the strength the checker measured, read through a small table per
kind of verdict so that 0.8 means the same thing for every kind.

The strength of a `supported` verdict is the share of the claim's weight its sentence states
(`coverage`); of a `contradicted` one, the share of the claim's other words the contradicting
sentence states (`rest`). The same share does not make verdicts of every kind equally right:
on the bundled-report claims read for this (bench/README.md, round 35, branch calib15), a
support stating 0.60 of the claim was right 0.82 of the time, a contradiction by an opposite
relation stating 0.60 of the rest nearly always, one by another actor or place stating 0.70
of it 0.78. Each kind therefore has a KNEE: the strength from which verdicts of that kind
were at least 0.85 right in every band of 0.05 above it (fitted on half of the read sets,
checked on the other half and on CLIMATE-FEVER dev). The table maps the knee to 0.8 and is
linear on either side of it: 0 -> 0, KNEE -> 0.8, 1 -> the kind's ceiling. It keeps the order
of strengths within a kind, and a contradiction never reaches more than DOUBT.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..types import ConflictKind

# the confidence from which a verdict counts as sure (the issue: at least 0.85 right above it)
SURE = 0.8
# a supported claim: from this share of the claim stated, supports were >= 0.85 right
SUPPORT_KNEE = 0.65
# a contradiction rests on one differing fact of a sentence that may be about another event:
# even a sentence stating all the rest leaves that doubt (at 1.0, 3 of 6 CLIMATE-FEVER
# contradictions at >= 0.8 were right, bench/README), so its confidence stays at or below this
DOUBT = 0.9
# a contradiction by what kind of conflict, the most trusted first: a sentence stating the
# opposite (a word denied, a relation reversed) or another figure or date for the claim's
# fact, then another actor or place in the claim's role, which is more often a sentence about
# another event that shares the claim's words (0.76 right at 0.65-0.75 of the rest stated)
CONFLICT_KNEES = {ConflictKind.POLARITY: 0.5, ConflictKind.RELATION: 0.5,
                  ConflictKind.NUMBER: 0.5, ConflictKind.PERCENT: 0.5,
                  ConflictKind.AMOUNT: 0.5, ConflictKind.DATE: 0.5, ConflictKind.TIME: 0.5,
                  ConflictKind.ACTOR: 0.75, ConflictKind.PLACE: 0.75}
# a contradiction whose kind is unknown is read like the least trusted kind
UNKNOWN_KNEE = max(CONFLICT_KNEES.values())


def through_knee(strength: float, knee: float, ceiling: float) -> float:
    """The table 0 -> 0, `knee` -> SURE, 1 -> `ceiling`, linear between (monotone)."""
    strength = min(max(strength, 0.0), 1.0)
    if strength < knee:
        return SURE * strength / knee
    return SURE + (ceiling - SURE) * (strength - knee) / (1 - knee) if knee < 1 else SURE


def support_confidence(coverage: float) -> float:
    """How sure a support is that states `coverage` of the claim's weight."""
    return through_knee(coverage, SUPPORT_KNEE, 1.0)


def contradiction_confidence(rest: float, kinds: Iterable[ConflictKind]) -> float:
    """How sure a contradiction is that states `rest` of the claim's other words and differs
    in `kinds`: read by the least trusted of them (several conflicts are no stronger than the
    weakest one's kind)."""
    knee = max((CONFLICT_KNEES.get(kind, UNKNOWN_KNEE) for kind in kinds),
               default=UNKNOWN_KNEE)
    return through_knee(rest, knee, DOUBT)
