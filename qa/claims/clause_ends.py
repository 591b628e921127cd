"""Where a word's clause ends and where it starts, read off the parse's clause breaks.

A token's `brk` says a clause break (a comma, a bracket, a full stop) stands right before it,
and the parse marks its first token so. Many readers bound what they look at by the clause
of one word ("closed quickly, after the talks": the adverb is not the later verb's), each
with its own stops besides the break: a word that opens another clause or an adjunct, a
reach in words, or only a break that ends the sentence. One walk serves them all, each
caller naming exactly its own stops, so that the walk is written once and each reading of
"the clause" stays the one its caller was measured with.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .facts import Token

NO_WORDS: frozenset[str] = frozenset()


def clause_end(tokens: Sequence[Token], start: int, stops: frozenset[str] = NO_WORDS,
               limit: int | None = None, stop: Callable[[int], bool] | None = None,
               marks: str = "", text: str = "") -> int:
    """The index of the first token after `start` that opens another clause: a break stands
    before it, or its lower-cased word is one of `stops` ("and", "after"), or `stop` holds
    at its index; no further than `limit` (an index) nor the text's end (len(tokens)).
    With `marks`, only a break whose gap in `text` holds one of those characters counts
    (".;!?": the sentence's end, past commas)."""
    end = len(tokens) if limit is None else min(len(tokens), limit)
    j = start + 1
    if marks:
        while j < end and not (tokens[j].brk and any(
                c in text[tokens[j - 1].end:tokens[j].start] for c in marks)) \
                and not (stop is not None and stop(j)):
            j += 1
        return j
    if not stops and stop is None:
        while j < end and not tokens[j].brk:
            j += 1
        return j
    while j < end and not tokens[j].brk and tokens[j].lower not in stops \
            and not (stop is not None and stop(j)):
        j += 1
    return j


def clause_start(tokens: Sequence[Token], k: int, openers: frozenset[str] = NO_WORDS,
                 limit: int = 0) -> int:
    """The index of the first token of the k-th token's clause: walking back from k, the
    first with a break before it, or one right after a word of `openers` ("that", "when"),
    and no further back than `limit` (0: the text's start); k itself when k is at or before
    `limit`."""
    floor = max(limit, 0)
    if openers:
        while k > floor and not tokens[k].brk and tokens[k - 1].lower not in openers:
            k -= 1
        return k
    while k > floor and not tokens[k].brk:
        k -= 1
    return k
