"""A claim that someone asked for or proposed a deed by a clause after "that" ("the inquiry
recommended that the board close the pier", "the guild demanded that the tolls be cut"),
read against a sentence that tells no asking at all.

The asking is the claim's fact; the clause after "that" is what was asked, not what was done.
Coverage weighs words, so a sentence telling what the inquiry found ("the inquiry found that
the pier's upkeep had drained the budget") reached support when it shared the inquiry, the
pier and the board, the verb of asking unstated and the asked-for deed too: a finding is no
recommendation. A verb of asking or proposing (`unsaid.asks_for`: `unasserted`'s verbs of
asking and intent, and any WordNet files under one, "recommend" under "propose") right before
"that" withholds support where the sentence states neither it (nor a synonym or another form)
nor any verb of asking of its own, which may word the claim's otherwise ("urged that" for
"recommended that"). Support only: a sentence that asks nothing denies no asking.
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed, Token
from .unsaid import asks_for
from .vocabulary import Vocabulary


def asking_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                    stated: frozenset[str]) -> Token | None:
    """The claim's verb of asking before "that" when the sentence states no asking; None if
    the claim has no such verb, or the sentence states it or asks anything itself."""
    tokens = claim.tokens
    for i in range(1, len(tokens) - 1):
        token = tokens[i]
        if tokens[i + 1].word.lower() != "that" or tokens[i + 1].brk \
                or not token.word.isalpha() or not asks_for(token.word):
            continue
        if said(token, sentence, vocab, stated) or any(
                asks_for(t.word) for t in sentence.tokens if t.word.isalpha() and t.word.islower()):
            return None
        return token
    return None
