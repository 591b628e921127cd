"""Two parts of one whole, told of opposite deeds, are complements, not rivals.

"Eight of the eleven contracts were awarded without a tender" and "only three of the eleven
contracts were awarded after a tender" count the two sides of one set: 8 + 3 = 11; so do
"nine of the company's eleven depots had not been modernised" and "two of its eleven were". A count
conflict between a partitive of the claim and one of the sentence over the same total, where
one text denies its deed and the other does not, is none when the two parts make the whole.
"""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed

PARTITIVE_RE = re.compile(r"\s+of(?:\s+the)?\s+", re.I)
# "two of the company's eleven depots", "three of its nine ports": a part, then its whole
# after "of" and up to two determiners or owners
PART_OF_WHOLE_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[^\W\d_]+['’]s?)\s+){0,2}", re.I)
PART_RE = re.compile(r"\s+of\b", re.I)  # "Eleven of the depots": the figure is a part


def partitives(text: Parsed) -> list[tuple[Mention, Mention]]:
    """(part, whole) for each "<count> of (the) <count>" of the text."""
    counts = [m for m in text.mentions if m.family == "count"]
    return [(part, whole) for part, whole in zip(counts, counts[1:])
            if PARTITIVE_RE.fullmatch(text.text, part.end, whole.start)]


def complementary_parts(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is a number (or the denial itself, a conflict of polarity), one text
    denies its deed and the other does not, and the texts' parts of the same whole add up
    to it."""
    kinds = {c.kind for c in conflicts}
    if ConflictKind.NUMBER not in kinds or not kinds <= {ConflictKind.NUMBER, ConflictKind.POLARITY}:
        return False
    if claim.has_negation == sentence.has_negation:
        return False
    return any(whole.value == other_whole.value and part.value + other.value == whole.value
               for part, whole in wider_partitives(claim)
               for other, other_whole in wider_partitives(sentence))


def part_against_whole(claim: Parsed, sentence: Parsed,
                       stated: dict[int, Mention]) -> list[tuple[int, Mention, Mention]]:
    """(the number of the claim's figure, the figure, the sentence's part) for each figure
    the claim gives as a part ("Eleven of the depots were modernised", "all eleven of") that
    the sentence states only as the whole of another part ("two of the company's eleven
    depots were modernised"): the part, what the deed was done to, is the sentence's other
    figure. A claim's figure that is no part ("the company has eleven depots") is the whole
    the sentence states."""
    found = []
    for n, theirs in stated.items():
        mine = claim.mentions[n]
        if mine.family != "count" or not PART_RE.match(claim.text, mine.end):
            continue
        part = next((p for p, w in wider_partitives(sentence) if w is theirs
                     and p.value != mine.value), None)
        if part is not None:
            found.append((n, mine, part))
    return found


def wider_partitives(text: Parsed) -> list[tuple[Mention, Mention]]:
    """(part, whole) for each "<count> of (the) (owner's) <count>" of the text."""
    counts = [m for m in text.mentions if m.family == "count"]
    return [(part, whole) for part, whole in zip(counts, counts[1:])
            if PART_OF_WHOLE_RE.fullmatch(text.text, part.end, whole.start)]
