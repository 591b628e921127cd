"""Where a parenthesis of denial opens: ", not the mayor," and ", rather than the mayor,".

"The board, not the mayor, closed the pier" and "The board, rather than the mayor, closed the
pier" say the same: the deed is the board's and not the mayor's. The readings of a party set
aside by a parenthesis (`apposed`: the deed given to that party contradicts the claim;
`apposed_denial`: the sentence must give it the deed to reverse the claim) knew only the "not"
one, so a "rather than" claim whose set-aside party the sentence gives the deed was never
contradicted, and one the sentence gives both parties was supported.
"""
from __future__ import annotations

from .clauses import ALTERNATIVES
from .facts import Token


def denial_opened(tokens: list[Token], i: int) -> int | None:
    """Where the set-aside party starts when the i-th word opens a parenthesis of denial after
    a comma: "not", or a pair of `clauses.ALTERNATIVES` ("rather than", "instead of"). None
    for any other word."""
    token = tokens[i]
    if not token.brk:
        return None
    word = token.word.lower()
    if word == "not":
        return i + 1
    if i + 1 < len(tokens) and (word, tokens[i + 1].word.lower()) in ALTERNATIVES:
        return i + 2
    return None
