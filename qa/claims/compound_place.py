"""Opposites qualifying one thing written two ways: "a larger pressure gap" / "a smaller gap in
pressure".

`compare.same_place` places a relation in conflict by the word right before or after both
words; a noun compound and the same two nouns joined by "of" or "in" put other words there
("larger" before "pressure gap", "smaller" before "gap in pressure"), so WordNet's antonyms
in the claim word's own place were read as unplaced, and a sentence on the same thing,
reversed, had to state as much of the rest as any conflict found anywhere: a real-world claim
whose period the sentence left to its article's title fell short of it. The compound's head
right after the other word, and its first noun right after that head's "of" / "in", are the
same thing qualified.
"""
from __future__ import annotations

from .facts import Parsed, Token
from .vocabulary import Vocabulary

JOINERS = frozenset(("of", "in"))
ARTICLES = frozenset(("the", "a", "an"))


def compound_after(text: Parsed, n: int) -> tuple[Token, Token] | None:
    """(first noun, head) of the two-word compound right after token `n` ("a larger pressure
    gap": pressure, gap), the head ending its phrase; None without one."""
    tokens = text.tokens
    if n + 2 >= len(tokens):
        return None
    first, head = tokens[n + 1], tokens[n + 2]
    ends = n + 3 == len(tokens) or tokens[n + 3].brk or not tokens[n + 3].terms \
        or tokens[n + 3].word.lower() in JOINERS
    if all(t.word.isalpha() and t.word.islower() and t.terms and not t.brk
           for t in (first, head)) and ends:
        return first, head
    return None


def joined_after(text: Parsed, n: int) -> tuple[Token, Token] | None:
    """(head, noun) of a noun right after token `n` and the noun its "of" / "in" joins to it
    ("a smaller gap in pressure": gap, pressure), an article between at most; None without."""
    tokens = text.tokens
    if n + 3 >= len(tokens):
        return None
    head, joiner = tokens[n + 1], tokens[n + 2]
    k = n + 3
    if k < len(tokens) and tokens[k].word.lower() in ARTICLES and not tokens[k].brk:
        k += 1
    if k == len(tokens) or joiner.word.lower() not in JOINERS \
            or any(t.brk for t in (head, joiner, tokens[k])):
        return None
    noun = tokens[k]
    if head.word.isalpha() and head.terms and noun.word.isalpha() and noun.terms:
        return head, noun
    return None


def alike(a: Token, b: Token, vocab: Vocabulary) -> bool:
    """The same word, in any of its forms the analyzer folds together."""
    return bool(set(a.terms) & set(b.terms))


def compound_place(claim: Parsed, mine: Token, sentence: Parsed, theirs: Token,
                   vocab: Vocabulary) -> bool:
    """The two words qualify one thing, written as a compound by one text and as its head
    "of" / "in" its first noun by the other."""
    i, j = claim.tokens.index(mine), sentence.tokens.index(theirs)
    for compound_text, c, joined_text, k in ((claim, i, sentence, j), (sentence, j, claim, i)):
        compound = compound_after(compound_text, c)
        joined = joined_after(joined_text, k) if compound else None
        if joined and alike(compound[1], joined[0], vocab) \
                and alike(compound[0], joined[1], vocab):
            return True
    return False
