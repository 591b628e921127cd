"""A negation inside a relative clause: "the ferries, which were not insured, sank".

A "not" in a clause opened by "which" / "who" after a comma denies its word of the clause's
antecedent only ("the ferries ... not insured"). A sentence that affirms the word of something
else ("the insured cargo was saved") says nothing against it; reading the "not" as a polarity
of the word wherever it stands called such true claims contradicted. The sentence reverses the
claim only where it names the antecedent (its last content word before the comma) in the
clause piece where it states the word.
"""
from __future__ import annotations

from .apposed_denial import clause_piece
from .facts import Parsed

RELATIVES = frozenset("which who".split())


def antecedent_untold(denying: Parsed, cue: tuple[int, int] | None, affirming: Parsed,
                      term: str) -> bool:
    """The denying text's negation at `cue` stands in a relative clause after a comma, and the
    affirming text never names the clause's antecedent where it states `term`."""
    if cue is None:
        return False
    tokens = denying.tokens
    at = next((n for n, t in enumerate(tokens) if t.start >= cue[0]), None)
    if at is None:
        return False
    piece = clause_piece(tokens, at)
    opener = piece.start
    if opener < 2 or tokens[opener].word.lower() not in RELATIVES or not tokens[opener].brk:
        return False
    head = next((t for t in reversed(tokens[:opener]) if t.terms), None)
    if head is None:
        return False
    for n, token in enumerate(affirming.tokens):
        if term in token.terms and any(set(head.terms) & set(affirming.tokens[j].terms)
                                       for j in clause_piece(affirming.tokens, n)):
            return False
    return True
