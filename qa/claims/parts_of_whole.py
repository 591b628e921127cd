"""Two parts of one whole, told of opposite deeds, are complements, not rivals.

"Eight of the eleven contracts were awarded without a tender" and "only three of the eleven
contracts were awarded after a tender" count the two sides of one set: 8 + 3 = 11. A count
conflict between a partitive of the claim and one of the sentence over the same total, where
one text denies its deed and the other does not, is none when the two parts make the whole.
"""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed

PARTITIVE_RE = re.compile(r"\s+of(?:\s+the)?\s+", re.I)


def partitives(text: Parsed) -> list[tuple[Mention, Mention]]:
    """(part, whole) for each "<count> of (the) <count>" of the text."""
    counts = [m for m in text.mentions if m.family == "count"]
    return [(part, whole) for part, whole in zip(counts, counts[1:])
            if PARTITIVE_RE.fullmatch(text.text, part.end, whole.start)]


def complementary_parts(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is a number, one text denies its deed and the other does not, and the
    texts' parts of the same whole add up to it."""
    if not conflicts or any(c.kind != ConflictKind.NUMBER for c in conflicts):
        return False
    if claim.has_negation == sentence.has_negation:
        return False
    return any(whole.value == other_whole.value and part.value + other.value == whole.value
               for part, whole in partitives(claim)
               for other, other_whole in partitives(sentence))
