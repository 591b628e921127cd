"""A rival that is the claim's own actor: an actor conflict whose source name the claim itself
names, in another of its places, is no other party. "funds for AU-led operations, and most of
the P5 support the idea" / "operations deployed by the African Union (AU)": the African Union
stands where the claim has the P5, but the claim names the AU too; the sentence tells of the
claim's own AU, in another role, and brings in no actor the claim leaves out.

Unless the sentence names the claim's name too: both names in both texts is a swap ("A asked
B" / "B asked A"), which the sentence does contradict."""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import name_found
from .facts import Parsed


def claim_names_rival(conflict: Conflict, claim: Parsed, sentence: Parsed, vocab) -> bool:
    """`conflict` is an actor conflict whose source name the claim names elsewhere, and whose
    claim name the sentence does not."""
    if conflict.kind != ConflictKind.ACTOR:
        return False
    theirs = next((m for m in sentence.mentions if m.family == "name"
                   and (m.start, m.end) == conflict.span), None)
    mine = next((m for m in claim.mentions if m.family == "name" and m.text == conflict.claim),
                None)
    if theirs is None or mine is None or name_found(mine, sentence, vocab):
        return False
    return any(name_found(name, claim, vocab) for name in names_of(theirs, sentence))


def names_of(name, sentence: Parsed) -> list:
    """The name and the acronym the sentence gives it in brackets right after it ("the African
    Union (AU)"): a claim may name the actor by either."""
    return [name] + [m for m in sentence.mentions if m.family == "name"
                     and sentence.text[name.end:m.start].strip() == "("]
