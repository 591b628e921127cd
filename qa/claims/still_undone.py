""""Still not" and "not yet": one state, a thing not done up to the time told.

"By May the quay still wasn't finished" says what "by May the quay had not yet been finished"
says: "still" next to a denial says the denial held on, as "yet" inside one does ("not yet",
"had not yet", "has yet to"). Each adverb is stated here by the other, only where both stand
with a denial (a plain "still" says a thing went on, "yet" alone opens a contrast). For
support only; the denial itself is read as ever (`check.align`).
"""
from __future__ import annotations

from .clause_ends import clause_end, clause_start
from .facts import Parsed, Token, is_negation, remembered, word_terms
from .vocabulary import Vocabulary

REACH = 2  # words between the adverb and its denial: "still had not", "had not yet"


def undone_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's "still" or "yet" said with a denial, when the sentence says
    the other with one."""
    mine = denied_adverbs(claim)
    if not mine:
        return frozenset()  # most claims
    theirs = denied_adverbs(sentence)
    return frozenset(t for word in mine if OTHER[word] in theirs
                     for t in word_terms(word, vocab))


OTHER = {"still": "yet", "yet": "still"}


def denied_adverbs(text: Parsed) -> frozenset[str]:
    """"still" if the text says it before a denial, "yet" if after one (or in "yet to": "has
    yet to finish"): remembered on the parse (a claim meets every sentence of its passages)."""
    return remembered(text, ("denied adverbs",), find_denied_adverbs, text)


def find_denied_adverbs(text: Parsed) -> frozenset[str]:
    tokens, found = text.tokens, set()
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if word == "still" and any(is_negation(tokens, k) for k in after(tokens, i)):
            found.add("still")
        elif word == "yet" and (any(is_negation(tokens, k) for k in before(tokens, i))
                                or following(tokens, i) == "to"):
            found.add("yet")
    return frozenset(found)


def after(tokens: list[Token], i: int) -> range:
    """The indices of the REACH words after token `i`, within its clause."""
    return range(i + 1, clause_end(tokens, i, limit=i + REACH + 1))


def before(tokens: list[Token], i: int) -> range:
    """The indices of the REACH words before token `i`, within its clause."""
    return range(clause_start(tokens, i, limit=i - REACH), i)


def following(tokens: list[Token], i: int) -> str:
    return tokens[i + 1].word.lower() if i + 1 < len(tokens) and not tokens[i + 1].brk else ""
