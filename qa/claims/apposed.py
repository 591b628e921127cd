"""A claim that sets its actor against a denied one ("The board, not the mayor, closed the
pier") is not stated by a sentence that names only the denied one ("the mayor closed the
pier"): that sentence gives the fact to the party the claim says did not have it.

The denial is a parenthesis opened by a comma and "not" and closed by a comma, right after
the claim's own phrase (back to the start or a break). Claim-wide, the rest of the claim is
stated and the negation sits on a parenthesis, not on the predicate, so the polarity checks
do not see it; `clauses.unstated_alternative` covers "rather than" and "instead of".
"""
from __future__ import annotations

from .actors import said
from .clauses import ALTERNATIVES
from .facts import Parsed, Token
from .vocabulary import Vocabulary


def denied_party_stated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                        stated: frozenset[str]) -> Token | None:
    """The first word of the claim's own phrase the sentence leaves unstated, when it states
    every word of the denied one: None otherwise."""
    found = denied_party(claim, sentence, vocab, stated)
    return found[0] if found else None


def denial_opened(tokens: list[Token], i: int) -> int | None:
    """Where the set-aside party starts when the i-th word opens a parenthesis of denial
    after a comma: "not" ("The board, not the mayor, closed the pier"), or a pair of
    `clauses.ALTERNATIVES` ("The board, rather than the mayor, closed the pier", "instead
    of"), which sets the party aside as "not" does: the deed is the claim's own party's and
    not the other's. None for any other word."""
    token = tokens[i]
    if not token.brk:
        return None
    word = token.word.lower()
    if word == "not":
        return i + 1
    if i + 1 < len(tokens) and (word, tokens[i + 1].word.lower()) in ALTERNATIVES:
        return i + 2
    return None


def denied_party(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                 ) -> tuple[Token, list[Token], Token | None] | None:
    """`denied_party_stated`'s word, with the claim's own phrase and the sentence's word of the
    denied party: the sentence gives the fact to the party the claim says did not have it,
    the claim's own party in that role contradicted ("The board, not the mayor, closed the
    pier" / "the mayor closed the pier")."""
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        first = denial_opened(tokens, i)
        if first is None:
            continue
        end = next((k for k in range(first, len(tokens)) if tokens[k].brk), None)
        if end is None:
            return None  # "..., not the mayor.": no parenthesis
        # the own phrase opens at a break or after a "that" opening its clause ("The report
        # argues that the board, not the mayor, ...": the board, not the report's words)
        start = max((k + 1 if tokens[k].word.lower() == "that" else k for k in range(i)
                     if tokens[k].brk or tokens[k].word.lower() == "that"), default=0)
        mine = [t for t in tokens[start:i] if t.terms]
        denied = [t for t in tokens[first:end] if t.terms]
        if not mine or not denied:
            return None
        if all(said(t, sentence, vocab, stated) for t in denied):
            unsaid = next((t for t in mine if not said(t, sentence, vocab, stated)), None)
            if unsaid is None:
                return None
            # the sentence's word for the denied party's head (its last word), if it
            # names it by its terms or their synonym groups
            theirs = next((b for t in reversed(denied) for b in sentence.tokens
                           if any(vocab.matches(x, set(b.terms), vocab.expand(set(b.terms)))
                                  for x in t.terms)), None)
            return unsaid, mine, theirs
        return None
    return None
