"""Whether a place in conflict stands in the claim place's own slot: "the depot in Velden" /
"the depot in Marrow", "floods in western Norland" / "floods in eastern Norland".

A differing name is what another event of the same passage most often has, so a place in
conflict needs most of the claim's other words (`check.CONTRADICT`). But a place that the
sentence gives in the same slot as the claim's, tied to the same thing, is the claim's place
replaced, as an opposite beside the same word is the claim's relation reversed
(`placement.opposed_in_place`): the rest needs only as much as for that
(`check.REVERSED_REST`). The same slot is the same noun right before the place, across one
preposition and "the" ("the depot in Velden" / "the depot in Marrow", "a port in eastern
Norland" / "ports in the west", "ferries to Velden" / "ferries to Marrow"): the thing the
place locates, which is in one place.
Not a verb's participle before the place ("trained in Velden" / "trained in Marrow", "based
in"): an event said to happen in one place happens as often in another as well. Not the word
after the place ("northern Norland" / "central Norland"): that whole is most often the
corpus's setting, which every sentence names, and ties nothing (a claim on convoys "in
northern Norland" was contradicted by a caption on interviews "in the Bankor area, central
Norland": bench/README, round 48). One place conflict only, each side one span of its text.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .compare import expand
from .facts import Parsed, Token
from .vocabulary import Vocabulary

PREPOSITIONS = frozenset("in at to of near outside inside around".split())
PARTICIPLE_ENDINGS = ("ed", "ing")


def place_in_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed,
                   vocab: Vocabulary) -> bool:
    """One place conflict whose two places stand after the same noun (`located`)."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.PLACE or not conflicts[0].span:
        return False
    conflict = conflicts[0]
    start = claim.text.find(conflict.claim)
    if start < 0:
        return False
    mine = located(claim, start, start + len(conflict.claim))
    theirs = located(sentence, *conflict.span)
    return mine is not None and theirs is not None \
        and bool(expand([mine], vocab) & expand([theirs], vocab))


def located(text: Parsed, start: int, end: int) -> Token | None:
    """The noun the place at `start`-`end` of `text` stands after, across one preposition and
    "the"; None where there is none, or it is a participle."""
    tokens = text.tokens
    first = next((i for i, t in enumerate(tokens) if start <= t.start and t.end <= end), None)
    if first is None:
        return None
    k = first - 1
    if k >= 0 and tokens[k].word.lower() == "the" and not tokens[first].brk:  # "in the north"
        k -= 1
    if k < 1 or tokens[k].word.lower() not in PREPOSITIONS or tokens[k + 1].brk \
            or tokens[k].brk:
        return None
    noun = tokens[k - 1]
    if not noun.terms or not noun.word.isalpha() \
            or noun.word.lower().endswith(PARTICIPLE_ENDINGS):
        return None
    return noun
