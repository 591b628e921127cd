"""A sentence that sets the claim's lower side against something else, or on another scale,
does not state the claim's comparison: "peat is heavier than loam" is not stated by "chalk
is heavier than loam, and peat absorbs more water", nor "peat is heavier than loam" by "peat
warms faster than loam".

A comparison's words are few: its two things and its comparative. Where the sentence writes
most of them, coverage may pass (one word missing of five), and the claim was supported by a
sentence comparing the same things on another scale, or another thing with the claim's lower
side (a noun the claim's comparative is derived from, "density", stating "denser"). Here the
claim's comparison is set against each of the sentence's comparisons whose lower side (after
"than") states the claim's lower side, its sides not traded (`compared_order` reads those):
- its first thing shares no word with the claim's first thing: another thing is compared
  with the claim's lower side (`another_first`);
- or the claim's comparative is unstated and the two comparatives are on no scale known to
  relate (`direction` is UNKNOWN: "warms faster" / "heavier"): another measure.
Where every such comparison is one of these, support is withheld; one comparison of the
claim's first thing on a related scale leaves the sentence to `compared_order`.
"""
from __future__ import annotations

from .compared_order import UNKNOWN, Comparison, comparisons, direction, found, shared, traded
from .facts import Parsed
from .vocabulary import Vocabulary


def compared_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       told: frozenset[str]) -> bool:
    """The claim's comparison against sentence comparisons with the claim's lower side, each
    of another first thing (`another_first`) or, the claim's comparative unstated (`told`:
    the claim terms the sentence states), of a scale not known to relate to the claim's."""
    mine = comparisons(claim)
    if not mine:
        return False
    theirs = comparisons(sentence)
    if not theirs:
        return False
    for one in mine:
        lower = one.second - one.first
        against = [other for other in theirs
                   if found(lower, other.second, vocab) and not traded(one, other, vocab)]
        if not against:
            continue
        unstated = bool(one.word.terms) and not set(one.word.terms) & told
        if all(another_first(one, other, vocab)
               or unstated and direction(one, other, vocab) == UNKNOWN for other in against):
            return True
    return False


def another_first(mine: Comparison, theirs: Comparison, vocab: Vocabulary) -> bool:
    """The sentence's comparison sets a first thing sharing no word with the claim's against
    the claim's lower side ("chalk is heavier than loam" for "peat is heavier than loam"); a
    word of both sides of one comparison ("moist air ... than dry air") tells no thing."""
    return not shared(mine.first - mine.second, theirs.first - theirs.second, vocab)
