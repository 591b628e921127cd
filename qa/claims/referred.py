"""A time the sentence refers back to: the claim's time adjunct, which it need not repeat.

A sentence often dates its event by pointing at a time its reader was given before: "troop
levels have since remained unchanged", "the mission had until then been focused on the north".
A claim on the same event spells that time out in an adjunct of its own ("Since the board
added a second priority in 2019, troop levels have grown"; "Before 2019 the mission was
focused on the centre"). The adjunct's words and facts are then not missing from the sentence,
which says them by "since" or "until then": they are neither the rest a conflict must state
nor a date whose absence makes the sentence about another event (`check.align`,
`around.said_around`).

The two point the same way or not at all: a start ("since", "after", "following", "when")
against "since", "since then", "after that", "thereafter"; an end ("before", "until", "prior
to") against "until then", "by then", "before then". An adjunct is read at the claim's start,
up to its first comma (a clause) or after its date ("Before 2019 the mission ..."), or after
the main clause, to the claim's end ("levels were raised after the Council added ...").
"""
from __future__ import annotations

import re

from .compare import neighbours
from .facts import Parsed, Token, as_mention, remembered
from .vocabulary import Vocabulary

# a clause or phrase opener of the claim's time adjunct -> the side of time it gives
OPENERS = {"since": "start", "after": "start", "following": "start", "when": "start",
           "once": "start", "before": "end", "until": "end", "till": "end", "prior": "end"}
# the sentence's words that refer back to a time given before, with the side they give; a bare
# "since" only right after an auxiliary ("have since remained") or before a clause break,
# where it can be no preposition or conjunction of its own
REFERRING = (
    (re.compile(r"\b(?:ha(?:s|ve|d|ving)\s+since|since\s+then|ever\s+since\s*[,.;]"
                r"|after\s+that|from\s+then\s+on|thereafter|since\s+that\s+time)\b", re.I),
     "start"),
    (re.compile(r"\b(?:until|till|up\s+to|by|before)\s+(?:then|that\s+time|that\s+point)\b",
                re.I), "end"),
)
# a claim adjunct that runs this many words or fewer before its clause's break is a phrase
# ("Before 2019,"), longer ones a clause; either way it must leave the main clause words
MAIN_LEFT = 3


def referred_side(sentence: Parsed) -> set[str]:
    """The sides of time the sentence refers back to ("since": start; "until then": end)."""
    return remembered(sentence, ("referred side",), find_referred_side, sentence)


def find_referred_side(sentence: Parsed) -> set[str]:
    return {side for pattern, side in REFERRING if pattern.search(sentence.text)}


def adjunct(claim: Parsed) -> tuple[int, int, str] | None:
    """The claim's time adjunct: the first and past-the-last token index and its side, or
    None. At the start: to the first clause break, or, with none before the main clause, to
    the end of a date right after the opener ("Before 2019 the mission"); after the main
    clause: from its opener to the end."""
    return remembered(claim, ("time adjunct",), find_adjunct, claim)


def find_adjunct(claim: Parsed) -> tuple[int, int, str] | None:
    tokens = claim.tokens
    if not tokens:
        return None
    first = tokens[0].word.lower()
    if first in OPENERS:
        end = next((k for k in range(1, len(tokens)) if tokens[k].brk), None)
        if end is None:  # "Before 2019 the mission was ...": the opener's date alone
            end = dated_end(claim, 1)
        if end is not None and len(tokens) - end >= MAIN_LEFT:
            return 0, end, OPENERS[first]
        return None
    for k in range(MAIN_LEFT, len(tokens) - 1):
        word = tokens[k].word.lower()
        if word in OPENERS and not any(t.brk for t in tokens[k + 1:]):
            return k, len(tokens), OPENERS[word]
    return None


def dated_end(claim: Parsed, k: int) -> int | None:
    """The index past a year or date mention that starts at the k-th token, or None."""
    start = claim.tokens[k].start
    for m in claim.mentions:
        if m.start == start and m.family in ("year", "month"):
            return next((n for n, t in enumerate(claim.tokens) if t.start >= m.end),
                        len(claim.tokens))
    return None


def referred_span(claim: Parsed, sentence: Parsed) -> tuple[int, int] | None:
    """The character span of the claim's time adjunct when the sentence refers back to a time
    on the same side, else None."""
    found = adjunct(claim)
    if found is None or found[2] not in referred_side(sentence):
        return None
    first, end, _ = found
    return claim.tokens[first].start, claim.tokens[end - 1].end


def referred_terms(claim: Parsed, sentence: Parsed, conflicts=()) -> frozenset[str]:
    """The terms only the claim's referred adjunct writes (none when a conflict of the
    sentence lies inside it: then the sentence states that time, otherwise)."""
    span = referred_span(claim, sentence)
    if span is None:
        return frozenset()
    inside = [t for t in claim.tokens if span[0] <= t.start < span[1]]
    outside = {term for t in claim.tokens if not span[0] <= t.start < span[1] for term in t.terms}
    if any(span[0] <= claim.text.find(c.claim) < span[1] for c in conflicts):
        return frozenset()
    return frozenset(term for t in inside for term in t.terms) - outside


def referred_mention(claim: Parsed, mention, sentence: Parsed) -> bool:
    """The claim's fact lies in the adjunct the sentence refers back to."""
    span = referred_span(claim, sentence)
    return span is not None and span[0] <= mention.start < span[1]


def placed_across_reference(claim: Parsed, a: Token, sentence: Parsed, b: Token,
                            vocab: Vocabulary) -> bool:
    """The sentence's word stands where the claim's does but for the "since" that refers back
    between its auxiliary and it ("levels were raised" / "levels have since remained"): the
    content word before both is the same once "since" is passed (`compare.same_place` reads
    the word right before)."""
    k = sentence.tokens.index(b)
    if k == 0 or sentence.tokens[k - 1].word.lower() != "since" \
            or "start" not in referred_side(sentence):
        return False
    mine = neighbours(claim, as_mention(a), vocab, 1)[0]
    return bool(mine & neighbours(sentence, as_mention(sentence.tokens[k - 1]), vocab, 1)[0])
