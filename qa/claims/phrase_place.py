"""Whether a fact in conflict stands inside a phrase the claim and the sentence share: "a
Bangladeshi level-2 hospital at the supercamp" / "a Pakistani level-2 hospital to the
supercamp", "violence in northern Norland" / "violence in central Norland", "moved closer
to the base" / "moved away from areas close to the base".

A differing value or name is what another event of the same passage most often has, so a
conflict needs most of the claim's other words (`check.CONTRADICT`), and a claim that retells
a sentence in words of its own often falls short of them. But where the words right beside
the conflict are the sentence's words beside it, in the same order, unbroken by a clause
break (two content words or more, the small words between them the same as well, an article
aside), the two texts say one phrase with one slot filled otherwise: the claim's fact
replaced in its own place, as an opposite beside the same word is the claim's relation
reversed (`placement.opposed_in_place`), and the rest needs only as much as for that
(`check.REVERSED_REST`). One word in common beside it is not enough: "in Norland", "of the
mission" stand beside any fact of a passage. The run is read outward from the conflict on
either side, the words of the phrase compared by their terms (the analyzer's stems), the
words without terms (prepositions, auxiliaries) as written: "raise the ceiling to 15,000" /
"raise the ceiling by 2,000" is a target against an increment, no shared phrase.
"""
from __future__ import annotations

from ..types import Conflict
from .facts import DETERMINERS, Parsed, Token

# content words the claim and the sentence must share, in order, right beside the conflict
PHRASE_WORDS = 2


def value_in_phrase(conflicts: list[Conflict], claim: Parsed, sentence: Parsed) -> bool:
    """One conflict, each side one span of its text, with a shared phrase right before or
    right after both (`shared_run`)."""
    if len(conflicts) != 1 or conflicts[0].span == (0, 0):
        return False
    conflict = conflicts[0]
    start = claim.text.find(conflict.claim)
    if start < 0:
        return False
    mine = covering(claim.tokens, start, start + len(conflict.claim))
    theirs = covering(sentence.tokens, *conflict.span)
    if mine is None or theirs is None:
        return False
    return any(shared_run(claim.tokens, mine, sentence.tokens, theirs, step) >= PHRASE_WORDS
               for step in (-1, 1))


def covering(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first and last index of the tokens inside `start`-`end`."""
    inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    return (inside[0], inside[-1]) if inside else None


def shared_run(mine: list[Token], my_span: tuple[int, int], theirs: list[Token],
               their_span: tuple[int, int], step: int) -> int:
    """How many content words the two texts share, in order, going outward from their spans
    (`step` -1: before them, 1: after them), up to the first word that differs or a clause
    break in either; articles are passed over in both."""
    i = my_span[0] if step < 0 else my_span[1]
    j = their_span[0] if step < 0 else their_span[1]
    shared = 0
    while True:
        if broken(mine, i, step) or broken(theirs, j, step):
            return shared
        i, j = past_articles(mine, i + step, step), past_articles(theirs, j + step, step)
        if not (0 <= i < len(mine) and 0 <= j < len(theirs)) \
                or not same_word(mine[i], theirs[j]):
            return shared
        shared += bool(mine[i].terms)


def broken(tokens: list[Token], i: int, step: int) -> bool:
    """A clause break between token `i` and the next one outward (`Token.brk` marks one right
    before its token)."""
    k = i + 1 if step > 0 else i
    return 0 <= k < len(tokens) and tokens[k].brk


def past_articles(tokens: list[Token], i: int, step: int) -> int:
    while 0 <= i < len(tokens) and tokens[i].word.lower() in DETERMINERS \
            and not broken(tokens, i, step):
        i += step
    return i


def same_word(a: Token, b: Token) -> bool:
    if a.terms or b.terms:
        return bool(set(a.terms) & set(b.terms))
    return a.word.lower() == b.word.lower()
