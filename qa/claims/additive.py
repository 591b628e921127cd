"""A claim that adds a party or a place to others: "the project also did field research in
Niger" / "field research conducted in Mali".

"Also", "as well", "in addition" say that the claim's fact holds besides another like it: the
research in Niger is told as more research, beside the research elsewhere. A sentence that
gives the other place or party states that other fact, which the claim takes for granted; it
does not say the claim's is false.
"""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .facts import Parsed

ADDITIVE_RE = re.compile(r"\b(?:also|as\s+well|additionally|in\s+addition|likewise)\b"
                         r"|\btoo\s*(?:[,.;:!?]|$)", re.IGNORECASE)
NAMED = frozenset({ConflictKind.ACTOR, ConflictKind.PLACE})


def added_to(claim: Parsed, conflicts: list[Conflict]) -> bool:
    """The claim is additive and every conflict is a name (a party, a place): the sentence
    names the other party or place the claim adds its own to."""
    return bool(conflicts) and all(c.kind in NAMED for c in conflicts) \
        and ADDITIVE_RE.search(claim.text) is not None
