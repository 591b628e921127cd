""""At least" and "at most" bound a figure or hedge a statement ("at least 20 floods", "at
least partly"); they are not the superlatives of "little" and "much".

`opposition.opposed` reads "most" and "least" as opposite relation words (a quantity at the
high or the low end). Read that way, a sentence's "at least 20 floods broke out" reversed a
claim's "most of the floods": a true or untold claim was called contradicted by a sentence
that only bounds a count from below. The idiom's word is no end of a scale, so it neither
reverses a claim's "most" nor is reversed itself.
"""
from __future__ import annotations

from .facts import Parsed, Token

IDIOM_WORDS = frozenset(("least", "most"))


def bound_idiom(text: Parsed, token: Token) -> bool:
    """The word is the "least" or "most" of "at least" / "at most": "at" right before it in
    its clause."""
    if token.lower not in IDIOM_WORDS:
        return False
    n = text.tokens.index(token)
    return n > 0 and text.tokens[n - 1].lower == "at" and not token.brk
