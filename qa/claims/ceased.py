""""No longer" denies the present, not the past.

"The company no longer publishes its figures" says that it published them once: a claim that
it "used to publish" them, or "published" them (a past form, not "has published"), or "was
required to publish" them (an infinitive a past form governs), tells the time before the stop
and is no opposite of the sentence. A claim in the present ("still
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
    return any(t.word.lower() in said and (
        past_form(t.word.lower())
        and not {u.word.lower() for u in tokens[max(0, n - 2):n]} & PERFECT
        or past_infinitive(tokens, n)) for n, t in enumerate(tokens))


def past_infinitive(tokens: list, n: int) -> bool:
    """The n-th word is an infinitive a past form governs ("was mandated to protect", "agreed
    to publish"): a task or a plan of the time before, which a stop since does not deny ("the
    force was mandated to escort the convoys" / "it no longer escorts them"; read as the
    present, a true claim of the stop was called contradicted)."""
    return n >= 2 and tokens[n - 1].lower == "to" and not tokens[n - 1].brk \
        and not tokens[n].brk and past_form(tokens[n - 2].lower) \
        and not {u.lower for u in tokens[max(0, n - 4):n - 2]} & PERFECT
