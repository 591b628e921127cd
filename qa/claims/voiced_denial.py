"""Whether a text's negation is a denial someone voiced: "the ministry denied that it had
asked for the inquiry", "the firm denies having paid the fee".

The checker reads "denied" as a negation cue, which is right for the deed the verb names
("denied the ferries the right to dock": the right was withheld) but not for the
verb of speech: "X denied that P" reports what X said about P, not that P is false. A text
that states P says nothing of whether anyone denied it, so "X denied that P" beside "P" is a
claim about another event (the denial), which the sources leave unsaid, not a contradiction;
the same for a source that reports a denial of the claim's P. The speech reading is told by
the verb's complement: a "that" clause or a gerund ("denied having", "denies ever paying").
"""
from __future__ import annotations

from .facts import Parsed, Token, remembered

DENYING = frozenset({"deny", "denies", "denied", "denying"})
# words that may stand between the verb and its gerund: "denied ever having paid"
GERUND_OPENERS = frozenset({"ever", "once", "previously"})


def voiced_denial(text: Parsed, span: tuple[int, int] | None) -> bool:
    """The negation whose span starts at `span` (from `negated_terms`) is a verb of denying
    with a "that" clause or a gerund as its complement: the report of a denial."""
    if not span:
        return False
    for i, token in enumerate(text.tokens):
        if token.start >= span[0]:
            return token.start == span[0] and denial_reported(text.tokens, i)
    return False


def denial_reported(tokens: list[Token], i: int) -> bool:
    """The i-th word is a verb of denying whose complement is a "that" clause or a gerund."""
    if tokens[i].lower not in DENYING:
        return False
    k = i + 1
    while k < len(tokens) and tokens[k].lower in GERUND_OPENERS and not tokens[k].brk:
        k += 1
    if k >= len(tokens) or tokens[k].brk:
        return False
    following = tokens[k].lower
    return following == "that" or following.endswith("ing") and following.isalpha()


DENIAL_WORDS = DENYING | frozenset({"denial", "denials"})


def denial_unsaid(claim: Parsed, sentence: Parsed) -> bool:
    """The claim reports a denial ("X denied that it had asked") and the sentence has no word
    of denying: it may state the deed, or some other negation, never the denial reported."""
    return remembered(claim, ("reports a denial",), reports_denial, claim) \
        and not any(t.lower in DENIAL_WORDS for t in sentence.tokens)


def reports_denial(claim: Parsed) -> bool:
    """The claim has a verb of denying with a "that" clause or a gerund: the claim's alone,
    asked once per claim rather than for each sentence that would support it."""
    tokens = claim.tokens
    return any(t.lower in DENYING and denial_reported(tokens, i) for i, t in enumerate(tokens))
