"""A claim that puts a count above or below a figure it names ("deployed more police than its
authorized strength of 1,440"), against a sentence that gives both counts.

The claim compares one count it does not give (what "more police" counts) with one it gives
(the figure after "than"). A sentence that states the claim's figure and, beside it, another
figure of the same thing (the first word after both is the counted noun after "more") gives
the compared count: "1,052 police ... 1,440 police" puts the first below the second, so
"more police than 1,440" is contradicted. Only when the sentence has exactly one such other
figure: two would leave open which one the claim compares.
"""
from __future__ import annotations

from .facts import Mention, Parsed, Token
from .tallies import AMOUNTS

ABOVE = frozenset(("more", "greater", "larger", "higher"))
BELOW = frozenset(("fewer", "less", "smaller", "lower"))
REACH = 6  # tokens from "than" to the compared figure: "than its authorized strength of 1,440"


def counted_after(text: Parsed, start: int) -> Token | None:
    """The first content word at or after `start`, unless a figure or a clause break comes
    first."""
    for token in text.tokens:
        if token.start < start:
            continue
        if token.brk and token.start > start or token.word[0].isdigit():
            return None
        if token.terms:
            return token
    return None


def exceeded(claim: Parsed, sentence: Parsed) -> list[tuple[Mention, Mention]]:
    """(the claim's figure after "than", the sentence's other figure of the same thing) where
    the sentence's puts the claim's comparison the other way round."""
    if " than " not in claim.text:  # most claims compare nothing: no pass over the tokens
        return []
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens[:-1]):
        word = token.lower
        if word not in ABOVE and word not in BELOW:
            continue
        noun = tokens[i + 1]
        if not noun.terms or noun.word[0].isdigit():
            continue
        than = next((k for k in range(i + 2, min(len(tokens), i + 4))
                     if tokens[k].lower == "than"), None)
        if than is None or any(t.brk for t in tokens[i + 1:than + 1]):
            continue
        end = tokens[min(len(tokens) - 1, than + REACH)].end
        mine = next((m for m in claim.mentions if m.family in AMOUNTS and not m.bound
                     and tokens[than].end <= m.start < end), None)
        if mine is None or any(t.brk for t in tokens[than + 1:] if t.start <= mine.start):
            continue
        same = [s for s in sentence.mentions if s.family == mine.family
                and s.value == mine.value and not s.bound]
        if not same:
            continue
        others = [s for s in sentence.mentions if s.family == mine.family and not s.bound
                  and s.value != mine.value and is_counted(sentence, s, noun)]
        if len(others) != 1:
            continue
        theirs = others[0]
        if (word in ABOVE and theirs.value < mine.value) \
                or (word in BELOW and theirs.value > mine.value):
            found.append((mine, theirs))
    return found


def is_counted(text: Parsed, mention: Mention, noun: Token) -> bool:
    after = counted_after(text, mention.end)
    return after is not None and bool(set(after.terms) & set(noun.terms))
