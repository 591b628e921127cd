""""No longer" denies the present, not the past.

"The company no longer publishes its figures" says that it published them once: a claim that
it "used to publish" them, or "published" them (a past form, not "has published"), tells the
time before the stop and is no opposite of the sentence. A claim in the present ("still
publishes", "publishes") is.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .facts import Parsed
from .negation_scope import past_form

CEASING = ("no longer", "any longer", "anymore", "any more")
PERFECT = frozenset(("has", "have"))  # "has published": up to now, which the stop denies


def told_before(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is one of polarity, the sentence says something stopped, and the
    claim's conflicting word is told in the past ("used to publish", "published")."""
    if not conflicts or any(c.kind != ConflictKind.POLARITY for c in conflicts):
        return False
    if not any(phrase in sentence.text.lower() for phrase in CEASING):
        return False
    if "used to" in claim.text.lower():
        return True
    tokens = claim.tokens
    said = {c.claim.split()[-1].lower() for c in conflicts}
    return any(t.word.lower() in said and past_form(t.word.lower())
               and not {u.word.lower() for u in tokens[max(0, n - 2):n]} & PERFECT
               for n, t in enumerate(tokens))
