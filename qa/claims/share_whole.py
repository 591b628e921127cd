"""Whether a sentence gives the claim's share of another whole.

A share is a fact about its whole: "67 percent of all civilian deaths" is not stated by "67
percent of all incidents related to the protection of civilians", though the figure, the
regions and "civilians" are all there; the coverage of the claim's words lets one missing noun
through. Read for each percent of the claim (a fraction in words is one, `facts`) followed by
"of" and its whole: a word of that phrase the sentence leaves unstated (`states`, the terms
support counted, a synonym or a form included) makes the share another whole's. Only words
that cannot be verbs are asked ("deaths", "vehicles", not "staff", nor the verb after a short
whole, "capacity went"), and no owner ("the mission's uniformed personnel": whose it is, often
left to the passage).
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import Parsed, Token

SHARE_WORDS = frozenset("percent per cent".split())  # between the figure and "of"
OPENERS = frozenset("all the its their his her this these those whole entire total overall".split())
WHOLE_WORDS = 4  # words of a whole's phrase: "all civilian casualty reports"


def whole_unstated(claim: Parsed, states: frozenset[str], weights: dict[str, float]
                   ) -> Token | None:
    """The first word of a percent's whole (after "of") that the sentence leaves unstated,
    or None: as the report counts a word unverified (`check.claim_facts`), its terms that
    carry weight not all stated, no word of a name or figure asked."""
    tokens = claim.tokens
    inside = [(m.start, m.end) for m in claim.mentions]
    for mention in claim.mentions:
        if mention.family != "percent":
            continue
        k = next((n for n, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
        while k < len(tokens) and tokens[k].word.lower() in SHARE_WORDS:
            k += 1
        if k >= len(tokens) or tokens[k].word.lower() != "of" or tokens[k].brk:
            continue
        for token in whole_phrase(tokens, k + 1):
            terms = {t for t in token.terms if weights.get(t, 0) > 0}
            if terms and not terms <= states and not can_be_verb(token.word.lower()) \
                    and not token.word.lower().endswith(("'s", "’s")) \
                    and not any(s <= token.start < e for s, e in inside):
                return token
    return None


def whole_phrase(tokens: list[Token], k: int) -> list[Token]:
    """The words of the whole that opens at the k-th word: its content words, up to the
    first word without terms (a preposition) or a clause's break."""
    while k < len(tokens) and tokens[k].word.lower() in OPENERS and not tokens[k].brk:
        k += 1  # "the whole force": the whole as a whole
    phrase: list[Token] = []
    for token in tokens[k:k + WHOLE_WORDS]:
        if token.brk or not token.terms:
            break
        phrase.append(token)
    return phrase
