"""Another actor does not contradict a claim whose figure the sentence leaves out: "Norland's
fleet numbered more than 40 boats" / "Three days later, Sudland announced that its boats would
leave the harbour".

A claim that counts something makes that count its point. An actor conflict says the sentence
gives the claim's fact to someone else; a sentence that gives no count at all gives the other
actor some other fact (an announcement, a departure), and says nothing of how many the claim's
actor had. A count in a phrase the claim opens with ("Having detained 46 soldiers, Mali
angered ...") sets the scene; the fact is the clause after it, and the rule leaves it alone.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .facts import Parsed

COUNTED = frozenset({"count", "amount", "percent"})
SINGULARS = frozenset({"a", "an", "one"})


def count_left_out(claim: Parsed, found, conflicts: list[Conflict]) -> bool:
    """Every conflict is an actor, and a count of the claim's main clause (after the phrase it
    may open with) is one the sentence does not state."""
    if not conflicts or any(c.kind != ConflictKind.ACTOR for c in conflicts):
        return False
    opening = next((t.start for t in claim.tokens[1:] if t.brk), len(claim.text))
    return any(m.family in COUNTED and m.text.lower() not in SINGULARS
               and (m.start > opening or opening == len(claim.text))
               for m in found.unstated)
