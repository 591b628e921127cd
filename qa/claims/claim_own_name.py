"""A rival that is the claim's own actor: an actor conflict whose source name the claim itself
names, in another of its places, is no other party. "funds for AU-led operations, and most of
the P5 support the idea" / "operations deployed by the African Union (AU)": the African Union
stands where the claim has the P5, but the claim names the AU too; the sentence tells of the
claim's own AU, in another role, and brings in no actor the claim leaves out.

So for a date the claim writes elsewhere ("sanctions imposed in January 2022 were lifted by
mid-2022" / "in January 2022, when it imposed sanctions"). Unless the sentence names the
claim's name (writes its date) too: both names in both texts is a swap ("A asked
B" / "B asked A"), which the sentence does contradict."""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import name_found
from .facts import Parsed


def claim_names_rival(conflict: Conflict, claim: Parsed, sentence: Parsed, vocab) -> bool:
    """`conflict` is an actor conflict whose source name the claim names elsewhere, and whose
    claim name the sentence does not."""
    if conflict.kind == ConflictKind.DATE:
        return claim_dates_rival(conflict, claim, sentence)
    if conflict.kind != ConflictKind.ACTOR:
        return False
    theirs = next((m for m in sentence.mentions if m.family == "name"
                   and (m.start, m.end) == conflict.span), None)
    mine = next((m for m in claim.mentions if m.family == "name" and m.text == conflict.claim),
                None)
    if theirs is None or mine is None or name_found(mine, sentence, vocab):
        return False
    return any(name_found(name, claim, vocab) for name in names_of(theirs, sentence))


def claim_dates_rival(conflict: Conflict, claim: Parsed, sentence: Parsed) -> bool:
    """A date conflict whose source date the claim writes in another of its places ("the
    sanctions imposed in January 2022 were lifted by mid-2022" / "in January 2022, when it
    imposed sanctions"): the sentence dates the claim's other event, not the one the claim
    dates otherwise; unless the sentence writes the claim's date too (the two swapped)."""
    mine, theirs = conflict.claim.lower(), conflict.source.lower()
    return len(theirs) >= 4 and theirs in claim.text.lower() and theirs not in mine \
        and mine not in sentence.text.lower()


def names_of(name, sentence: Parsed) -> list:
    """The name and the acronym the sentence gives it in brackets right after it ("the African
    Union (AU)"): a claim may name the actor by either."""
    return [name] + [m for m in sentence.mentions if m.family == "name"
                     and sentence.text[name.end:m.start].strip() == "("]
