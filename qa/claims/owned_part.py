"""A name that is a part of another actor, owned by it in the genitive: "the Dunmore Harbour
Board's Safety Committee fined the firm", "the Norvik Foundation's Clean Rivers and Wetland
Care initiative planted reeds".

The sentence gives the claim's word (its verb, its possessed noun) to the name right before it,
and that name is the claim's actor's committee, command or programme: the genitive before it
says whose. Read as a rival, it made "The Dunmore Harbour Board fined the firm" no support and
"Norvik's initiative planted reeds" a contradiction (`opposition.owner_swapped`). A list of
names in that place ("Clean Rivers and Wetland Care") is one part with a long name, owned by
the same genitive. Only a genitive that touches the part (nothing but "'s" between): "Norland's
rival Vestra" names another actor, and the claim's actor must be that genitive itself, so a
rival of the claim's ("the Brask Harbour Board fined") is still set against the owner.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed

GENITIVE_GAP = re.compile(r"['’]s\s+")  # "Board's Safety": the owner touches its part
LIST_GAP = re.compile(r"(?:\s|,|and\b|&)+")  # "Clean Rivers and Wetland Care"


def part_of_claims(sentence: Parsed, owner: Mention, claims) -> bool:
    """The sentence's `owner` (with the names listed before it in one phrase) follows a name in
    the genitive that `claims(name)` reads as the claim's actor."""
    names = sorted((m for m in sentence.mentions if m.family == "name" and m.end <= owner.start),
                   key=lambda m: m.end, reverse=True)
    first = owner
    for name in names:
        if GENITIVE_GAP.fullmatch(sentence.text, name.end, first.start):
            return bool(claims(name))
        if not LIST_GAP.fullmatch(sentence.text, name.end, first.start):
            return False
        first = name
    return False
