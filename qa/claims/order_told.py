"""The claim's word of order told by the sentence with the same object: no other word of
the sentence reverses the order.

A sentence (or two read together) may order two pairs of events: "after six years of
service, the council requested the ferry's closure. Following the request, the board ended
the service". A claim that says "after six years of service, the council asked for the
closure, and the board ended the service" shares words with each pair, and "Following" read
against the claim's "after" may seem to cross its sides (the request, one of the claim's later
events, is the sentence's earlier one). But the sentence says "after" of the very thing the
claim says it of ("six years of service"): what the claim tells as the earlier event the
sentence tells as the earlier event too, and the other word of order is about another pair.
"""
from __future__ import annotations

from .facts import Parsed, Token
from .vocabulary import Vocabulary

OBJECT = 4  # content words of a word of order's object read (its head and what qualifies it)
SHARED = 2  # of them the other text's object must state at least


def object_terms(text: Parsed, token: Token) -> list[str]:
    """The first terms of the phrase after the word of order, to the clause's end."""
    tokens = text.tokens
    found: list[str] = []
    for after in tokens[tokens.index(token) + 1:]:
        if after.brk or len(found) >= OBJECT:
            break
        found.extend(after.terms[:1])
    return found


def told_straight(claim: Parsed, mine: Token, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence has the claim's word of order `mine` (or one of its group) before the
    same object: at least SHARED of the first content words of the claim's object, and half
    of them."""
    same = vocab.relations.get(mine.word.lower(), (frozenset(),))[0] | {mine.word.lower()}
    wanted = set(object_terms(claim, mine))
    if len(wanted) < SHARED:
        return False
    return any(theirs.word.lower() in same and len(wanted & set(object_terms(sentence, theirs)))
               >= max(SHARED, (len(wanted) + 1) // 2) for theirs in sentence.tokens)
