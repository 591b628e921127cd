"""A word that closes a fixed two-word adverb ("so far", "at least") is not the word alone.

"So far, the fleet has a quota of 900 berths" tells what holds until now; it says nothing
near or far. Read alone, "far" is the opposite WordNet gives the claim's "short" ("the fleet
was still short of its quota"), and the sentence's time adverb reversed a true claim: it
was called contradicted. Likewise "at least three ferries" is a bound, not a superlative of
"least". The phrases are WordNet's two-word adverbs whose second word is none of the
phrase's own synset members (`qa/search/data/wordnet_fixed_adverbs.txt`, made by
`tools/wordnet_fixed_adverbs.py`). A claim writing the same kind of phrase ("in public" /
"in private") is still read against it: both sides are phrases then.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE, word_list
from .facts import Parsed, Token

FIXED_ADVERBS = TABLE.with_name("wordnet_fixed_adverbs.txt")
QUANTITY_ENDS = frozenset(("least", "most"))  # the scale's ends a bound idiom closes with


@lru_cache(maxsize=1)
def fixed_adverbs() -> frozenset[str]:
    return word_list(FIXED_ADVERBS)


def closes_fixed_adverb(tokens: list[Token], k: int) -> bool:
    """The k-th word is the second of a fixed two-word adverb, its first word right before
    it in the same clause ("so far", "at least")."""
    return 0 < k < len(tokens) and not tokens[k].brk \
        and f"{tokens[k - 1].lower} {tokens[k].lower}" in fixed_adverbs()


def opens_fixed_adverb(tokens: list[Token], k: int) -> bool:
    """The k-th word is the first of a fixed two-word adverb ("at" of "at least")."""
    return closes_fixed_adverb(tokens, k + 1)


def bound_idiom(text: Parsed, token: Token) -> bool:
    """The word is the "least" or "most" of a fixed adverb ("at least 20", "at most partly"):
    a figure's bound or a hedge, no end of a scale."""
    return token.lower in QUANTITY_ENDS and closes_fixed_adverb(text.tokens,
                                                                 text.tokens.index(token))
