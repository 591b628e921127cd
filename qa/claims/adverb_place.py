"""The word a word qualifies past an adverb: "later than originally planned" is about
"planned" as "earlier than planned" is.

`compare.same_place` reads two opposites as about the same thing when the content word right
after both is the same; an adverb standing between ("originally", "initially", "fully") is a
reporter's rewording, not the place, so the word past it is read too. Adverbs are WordNet's
words used mostly as adverbs and the "-ly" words of manner; a figure's hedge ("nearly",
"over") is not one: it is part of the figure, which the figures' comparison weighs.
"""
from __future__ import annotations

from .adverb_words import adverb
from .facts import Parsed, Token, content, token_index

MAX_ADVERBS = 2  # "later than originally, formally planned" is as far as a reporter goes


def head_after(text: Parsed, token: Token) -> tuple[frozenset[str], int]:
    """The terms of the first content word after `token` that is no adverb, within its
    clause, and how many adverbs came before it."""
    tokens = text.tokens
    skipped = 0
    for after in tokens[token_index(text, token) + 1:]:
        if after.brk:
            break
        if not content(after):
            continue
        if adverb(after.word) and skipped < MAX_ADVERBS:
            skipped += 1
            continue
        return frozenset(after.terms), skipped
    return frozenset(), skipped


def same_head_past_adverbs(claim: Parsed, a: Token, sentence: Parsed, b: Token) -> bool:
    """The word after both is the same once an adverb after either is passed over; False
    when neither has one (the plain neighbours tell that)."""
    mine, skipped_mine = head_after(claim, a)
    theirs, skipped_theirs = head_after(sentence, b)
    return bool(skipped_mine or skipped_theirs) and bool(mine & theirs)
