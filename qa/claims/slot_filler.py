"""A sentence's antonym of one claim word that stands in the place of another claim word,
between the same words: it rewords that other word, it reverses nothing ("the gas the
forests took up, released by burning" / "the gas ... emitted by burning": "emitted" fills
the place of the claim's "released", it is no reversal of the claim's "took up").

Without it a true real-world claim was not supported: its verb ("absorbed") went
unstated by the sentence's phrasal verb ("taken up"), and the sentence's "emitted", the
antonym of "absorbed", was read as its reversal wherever it stood. The place is read from
the words after each: the next two content words (words with a term; "by", "the" have
none) the same on both sides, or the content word before and the one after.
"""
from __future__ import annotations

from .facts import Parsed, Token

# content words read after the word, when the word before is not the same
AFTER = 2


def content_around(text: Parsed, token: Token) -> tuple[list[frozenset], list[frozenset]]:
    """The terms of the content words before `token` (nearest first) and after it, up to
    AFTER each way, within its clause (no punctuation between is read: tokens are words)."""
    tokens = text.tokens
    k = next(i for i, t in enumerate(tokens) if t is token)
    before = [frozenset(t.terms) for t in reversed(tokens[:k]) if t.terms][:AFTER]
    after = [frozenset(t.terms) for t in tokens[k + 1:] if t.terms][:AFTER]
    return before, after


def same_words(mine: list[frozenset], theirs: list[frozenset], n: int) -> bool:
    return len(mine) >= n and len(theirs) >= n \
        and all(a & b for a, b in zip(mine[:n], theirs[:n]))


def fills_other_place(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token) -> bool:
    """Whether the sentence's word `theirs` (an antonym of the claim's `mine`) stands where
    another claim word, which the sentence does not write, stands in the claim: the same
    two content words after both, or the same one before and after both."""
    if set(theirs.terms) & claim.terms:
        return False
    before, after = content_around(sentence, theirs)
    for token in claim.tokens:
        if token is mine or not token.terms or not token.word.isalpha() \
                or not sentence.terms.isdisjoint(token.terms):
            continue
        other_before, other_after = content_around(claim, token)
        if set(mine.terms) & (other_before[:1] or [frozenset()])[0] \
                or any(set(mine.terms) & words for words in other_after):
            continue  # one phrase with the claim's word ("Civilian staff rose" / "The
            # military rose"): the antonym replaces the phrase, a reversal of its modifier
        if same_words(other_after, after, AFTER) \
                or same_words(other_before, before, 1) and same_words(other_after, after, 1):
            return True
    return False
