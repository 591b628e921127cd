""""No longer" denies the present, not the past.

"The company no longer publishes its figures" says that it published them once: a claim that
it "used to publish" them, or "published" them (a past form, not "has published"), tells the
time before the stop and is no opposite of the sentence. A claim in the present ("still
publishes", "publishes") is.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .facts import Parsed
from .past_forms import past_form

CEASING = ("no longer", "any longer", "anymore", "any more")
PERFECT = frozenset(("has", "have"))  # "has published": up to now, which the stop denies


def told_before(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is one of polarity, one text says something stopped, and the other's
    conflicting word is told in the past ("used to publish", "published"): either way round,
    as a claim that the company "no longer publishes" its figures is not contradicted by a
    sentence saying it "published" them."""
    if not conflicts or any(c.kind != ConflictKind.POLARITY for c in conflicts):
        return False
    return stopped_after(sentence, claim, {c.claim.split()[-1].lower() for c in conflicts}) \
        or stopped_after(claim, sentence, {c.source.split()[-1].lower() for c in conflicts})


def stopped_after(stopping: Parsed, other: Parsed, said: set[str]) -> bool:
    """`stopping` says something stopped, and `other` tells one of the words `said` (its
    side of the conflicts) in the past."""
    if not any(phrase in stopping.text.lower() for phrase in CEASING):
        return False
    if "used to" in other.text.lower():
        return True
    tokens = other.tokens
    return any(t.word.lower() in said and past_form(t.word.lower())
               and not {u.word.lower() for u in tokens[max(0, n - 2):n]} & PERFECT
               for n, t in enumerate(tokens))
