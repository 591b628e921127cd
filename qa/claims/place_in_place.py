"""Whether a place in conflict stands in the claim place's own slot: "headquarters in
Timbuktu" / "Headquarters in Bamako", "violence in central Mali" / "violence in northern Mali".

A differing name is what another event of the same passage most often has, so a place in
conflict needs most of the claim's other words (`check.CONTRADICT`). But a place that the
sentence gives in the same slot as the claim's, tied to the same thing, is the claim's place
replaced, as an opposite beside the same word is the claim's relation reversed
(`placement.opposed_in_place`): the rest needs only as much as for that
(`check.REVERSED_REST`). The same slot is one of:
- the same noun right before the place, across one preposition and "the" ("the depot in
  Velden" / "the depot in Marrow", "a town in central Mali" / "towns in the north"): the
  thing the place locates, which is in one place;
- the same word right after a place that qualifies it ("northern Mali" / "central Mali"): the
  whole the place is a part of.
Not a verb's participle before the place ("trained in Velden" / "trained in Marrow", "based
in"): an event said to happen in one place happens as often in another as well. One place
conflict only, each side one span of its text.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import expand
from .facts import Parsed, Token
from .vocabulary import Vocabulary

PREPOSITIONS = frozenset("in at of near outside inside around".split())
PARTICIPLE_ENDINGS = ("ed", "ing")


def place_in_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary) -> bool:
    """One place conflict whose two places share the noun before them or the word they
    qualify after them."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.PLACE or not conflicts[0].span:
        return False
    conflict = conflicts[0]
    start = claim.text.find(conflict.claim)
    if start < 0:
        return False
    mine = slot(claim, start, start + len(conflict.claim))
    theirs = slot(sentence, *conflict.span)
    return any(a is not None and b is not None and expand([a], vocab) & expand([b], vocab)
               for a, b in zip(mine, theirs))


def slot(text: Parsed, start: int, end: int) -> tuple[Token | None, Token | None]:
    """The noun the place at `start`-`end` of `text` stands after (across one preposition),
    and the word it qualifies right after it; None where there is none."""
    tokens = text.tokens
    inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    if not inside:
        return None, None
    first, last = inside[0], inside[-1]
    before = None
    k = first - 1
    if k >= 0 and tokens[k].word.lower() == "the" and not tokens[first].brk:  # "in the north"
        k -= 1
    if k >= 0 and tokens[k].word.lower() in PREPOSITIONS and not tokens[k + 1].brk:
        k -= 1
        if k >= 0 and not tokens[k + 1].brk and tokens[k].terms and tokens[k].word.isalpha() \
                and not tokens[k].word.lower().endswith(PARTICIPLE_ENDINGS):
            before = tokens[k]
    after = None
    if last + 1 < len(tokens) and not tokens[last + 1].brk and tokens[last + 1].terms \
            and tokens[last + 1].word.isalpha():
        after = tokens[last + 1]
    return before, after
