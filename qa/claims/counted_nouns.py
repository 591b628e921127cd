"""A comparison of two counted things ("the plan included more police than troops") read
against the figure the sentence puts before each ("1,730 troops, 339 police").

`compared_figures` reads a comparison of two named actors (or two dates) against the figures
the sentence pairs with them. A claim compares common nouns as often: what a force, a plan or
a toll holds more of. A sentence that counts both nouns, each figure written right before its
noun, says which is larger, though it writes no comparison: "more police than troops"
against "339 police" and "1,730 troops" states the two figures the wrong way round. The two
things are the claim's first content word between its comparative word and "than", and its
first content word after "than" (common words, no names: those are `compared_figures`'
actors); the sentence must count each exactly once.
"""
from __future__ import annotations

from .facts import Mention, Parsed, Token, remembered


def compared_nouns(claim: Parsed, word: Token, than: int) -> tuple[Token, Token] | None:
    """(the thing compared, the thing compared with) of a claim whose comparative `word`
    stands before "than" (at `than`, a token index) with a common noun between them and one
    right after "than" ("more police than troops"); None otherwise, or where a figure of the
    claim's own stands between ("200 more police than troops")."""
    tokens = claim.tokens
    at = tokens.index(word)
    first = next((t for t in tokens[at + 1:than] if t.terms), None)
    second = next((t for t in tokens[than + 1:than + 3] if t.terms), None)
    opening = tokens[at - 1].start if at else word.start  # "200 more police than"
    if first is None or second is None or not all(common(t) for t in (first, second)) \
            or any(m.family != "name" and opening <= m.start < second.end
                   for m in claim.mentions):
        return None
    return first, second


def common(token: Token) -> bool:
    return token.word.isalpha() and token.word.islower()


def count_of(noun: Token, sentence: Parsed) -> tuple[Mention, Mention] | None:
    """(the sentence's noun, as a mention, and its figure) where the sentence writes a count
    right before a word with the claim noun's terms, once; None otherwise."""
    found = [(thing, figure) for thing, figure
             in remembered(sentence, ("counted nouns",), counted, sentence)
             if set(noun.terms) & set(thing.value)]
    return found[0] if len(found) == 1 else None


def counted(sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(noun, figure) of each count the sentence writes right before a common word."""
    after = {}
    for token in sentence.tokens:
        after.setdefault(token.start, token)
    starts = sorted(after)
    found = []
    for m in sentence.mentions:
        if m.family != "count":
            continue
        nxt = next((after[s] for s in starts if s >= m.end), None)
        if nxt is None or nxt.brk or not nxt.terms or not common(nxt) \
                or sentence.text[m.end:nxt.start].strip():
            continue
        found.append((Mention("word", nxt.terms, nxt.word, nxt.start, nxt.end), m))
    return found
