"""Whether a place in conflict stands in the claim place's own slot: "headquarters in
Timbuktu" / "Headquarters in Bamako", "violence in northern Mali" / "violence in central Mali".

A differing name is what another event of the same passage most often has, so a place in
conflict needs most of the claim's other words (`check.CONTRADICT`). But a place that the
sentence gives beside the same content word as the claim's (the thing that is there, or the
whole the place is a part of) is the claim's place replaced in its slot, as an opposite beside
the same word is the claim's relation reversed (`placement.opposed_in_place`): that word ties
the two places to one thing, so the rest needs only as much as for a relation reversed in its
place (`check.REVERSED_REST`). One place conflict only, each side one span of the text; the
neighbour is the nearest content word on either side (`compare.neighbours`, window 1).
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import neighbours
from .facts import Mention, Parsed
from .vocabulary import Vocabulary


def place_in_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary) -> bool:
    """One place conflict whose two places have the same content word right before or right
    after them."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.PLACE:
        return False
    conflict = conflicts[0]
    start = claim.text.find(conflict.claim)
    if start < 0 or not conflict.span:
        return False
    mine = neighbours(claim, span(conflict.claim, start, start + len(conflict.claim)), vocab, 1)
    low, high = conflict.span
    theirs = neighbours(sentence, span(sentence.text[low:high], low, high), vocab, 1)
    return bool(mine[0] & theirs[0] or mine[1] & theirs[1])


def span(text: str, start: int, end: int) -> Mention:
    return Mention("word", text, text, start, end)
