"""Whether a sentence that gives another value of one of the claim's facts is anchored to the
claim's event by the claim's other facts.

A differing figure, date or name is what another event of the same passage most often has, so
such a conflict needs most of the claim's other words (`check.CONTRADICT`). But when the
sentence itself states two or more of the claim's other typed facts (a figure, a date, a name
that is not the corpus's setting: "Egypt ... seven ... in 2021" / "Egypt ... seven of its
personnel in 2022"), those facts place the differing value in the claim's event, and its verbs
may be reworded ("stopped" / "suspended", "losing" / "the deaths of"): the rest needs only as
much as a relation reversed in its place (`check.REVERSED_REST`).
"""
from __future__ import annotations

from ..types import ConflictKind
from .facts import Parsed

# other typed facts of the claim the sentence must itself state
ANCHORS = 2
# the kinds of fact with a typed role: a value (figure, date) or a name (actor, place)
TYPED = frozenset({ConflictKind.NUMBER, ConflictKind.PERCENT, ConflictKind.AMOUNT,
                   ConflictKind.DATE, ConflictKind.ACTOR, ConflictKind.PLACE})


def anchored(conflicts, found, claim: Parsed, background: set[str]) -> bool:
    """One typed fact differs and the sentence states ANCHORS of the claim's other typed facts
    (the corpus's setting, which every passage names, anchors nothing)."""
    if not conflicts or {c.kind for c in conflicts} - TYPED \
            or len({c.kind for c in conflicts}) != 1:
        return False
    conflicting = {c.claim for c in conflicts}
    mine = [claim.mentions[n] for n in found.stated]
    others = [m for m in mine if m.text not in conflicting and m.text not in background]
    return len(others) >= ANCHORS
