"""A name joined by a hyphen to a participle ("a UN-brokered deal", "the French-led force",
"Russian-backed fighters") says who did the participle's deed to the noun it qualifies; it is
no actor of the sentence's own verb. Set against the claim's actor, it made false conflicts:
"The preliminary peace deal of March 2015 was rejected by the CMA" was contradicted (0.86) by
"A UN-brokered preliminary peace deal was signed by the Malian government". Such a name of
the sentence conflicts only with a claim's name of the same participle ("a French-led force"
/ "a UN-led force"). A claim's own such name is left to the conflicts as they are: it is the
claim's fact, and a sentence naming another leader ("UN-led" / "the French operations")
states it otherwise."""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind

PARTICIPIAL_RE = re.compile(r"[^\W\d_][\w.]*-([a-z]+(?:ed|en))")


def participle_of(name: str) -> str | None:
    match = PARTICIPIAL_RE.fullmatch(name)
    return match.group(1) if match else None


def incomparable(conflict: Conflict) -> bool:
    """An actor conflict whose sentence side is a name joined to a participle and whose claim
    side is not a name joined to the same one."""
    if conflict.kind != ConflictKind.ACTOR:
        return False
    theirs = participle_of(conflict.source)
    return theirs is not None and participle_of(conflict.claim) != theirs
