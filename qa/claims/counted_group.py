"""A deed told of another counted group: "Most of the 12 sailors who died were drowned off
Brenna" / "the fleet had lost 12 crew, and over 40 deckhands had been injured".

A sentence that counts two groups tells each group's deed in the clause that counts it: the
12 died, the over 40 were injured. A relation conflict read from the other group's clause
(drowned / injured) sets the claim's deed against a deed of people the claim does not count,
while the sentence counts the claim's own group, as the claim does, in another clause. The
claim's group and the other are two parts of the story, not two accounts of one fact.
"""
from __future__ import annotations

from ..types import ConflictKind
from .facts import Parsed, clause_bounds


def told_of_other_group(claim: Parsed, sentence: Parsed, conflicts) -> bool:
    """Every conflict is a relation whose clause in the sentence holds a count the claim does
    not write, while each count of the claim the sentence writes outside that clause."""
    mine = [m.value for m in claim.mentions if m.family == "count"]
    if not conflicts or not mine or any(c.kind != ConflictKind.RELATION for c in conflicts):
        return False
    counts = [m for m in sentence.mentions if m.family == "count"]
    for c in conflicts:
        low, high = clause_bounds(sentence, c.span[0], c.span[1])
        inside = [m for m in counts if low <= m.start and m.end <= high]
        outside = {m.value for m in counts if m.end <= low or m.start >= high}
        if not inside or any(m.value in mine for m in inside) \
                or not all(value in outside for value in mine):
            return False
    return True
