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
from .facts import Parsed, Token
from .vocabulary import Vocabulary


def denied_party_stated(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                        stated: frozenset[str]) -> Token | None:
    """The first word of the claim's own phrase the sentence leaves unstated, when it states
    every word of the denied one: None otherwise."""
    found = denied_party(claim, sentence, vocab, stated)
    return found[0] if found else None


def denied_party(claim: Parsed, sentence: Parsed, vocab: Vocabulary, stated: frozenset[str]
                 ) -> tuple[Token, list[Token], Token | None] | None:
    """`denied_party_stated`'s word, with the claim's own phrase and the sentence's word of the
    denied party: the sentence gives the fact to the party the claim says did not have it,
    the claim's own party in that role contradicted ("The board, not the mayor, closed the
    pier" / "the mayor closed the pier")."""
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if token.word.lower() != "not" or not token.brk:
            continue
        end = next((k for k in range(i + 1, len(tokens)) if tokens[k].brk), None)
        if end is None:
            return None  # "..., not the mayor.": no parenthesis
        start = max((k for k in range(i) if tokens[k].brk), default=0)
        mine = [t for t in tokens[start:i] if t.terms]
        denied = [t for t in tokens[i + 1:end] if t.terms]
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
