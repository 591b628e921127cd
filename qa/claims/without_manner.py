"""A manner one text affirms by its adverb and the other denies with "without" and the noun
of the same stem: "the council unanimously adopted the plan" / "the plan was adopted without
unanimity", "accepted the rota hesitantly" / "accepted it without hesitation".

A lone noun after "without" is read against no affirmation of it (`compare.ADJUNCT_NEGATIONS`):
the noun may play another role in the other text ("withdraw its personnel" / "a mission
without personnel"). An adverb of manner has no other role: "unanimously" can only say how
the act was done, which is what "without unanimity" says it was not. (WordNet's adverbs tell
the adverb from a noun in -ly: "supply", "family", "assembly".)
"""
from __future__ import annotations

from ..search.wordnet import adverbs
from .adverb_words import manner_adverb
from .facts import DETERMINERS, Parsed, denied_before

WITHOUT = "without"
QUANTIFIERS = frozenset(("any", "much", "some"))  # "without any hesitation"


def manner_denied(affirming: Parsed, denying: Parsed, term: str) -> bool:
    """`term` is an adverb of manner in the affirming text ("unanimously") and, in the
    denying one, a noun right after "without" (a determiner between: "without any
    hesitation")."""
    mine = next((t for t in affirming.tokens if term in t.terms), None)
    if mine is None or not manner_adverb(mine.word, known=True):
        return False
    tokens = denying.tokens
    for n, token in enumerate(tokens):
        if term not in token.terms or token.word.lower() in adverbs() or token.brk or n == 0:
            continue
        previous = tokens[n - 1].word.lower()
        cue = n - 1 if previous == WITHOUT else n - 2 if (
            previous in DETERMINERS | QUANTIFIERS and n > 1 and not tokens[n - 1].brk
            and tokens[n - 2].word.lower() == WITHOUT) else None
        if cue is not None and not doubly_denied(denying, cue):
            return True
    return False


def doubly_denied(text: Parsed, k: int) -> bool:
    """Another negation before the "without" at k in its clause ("could not travel without
    escorts", "never acted without hesitation"): the two undo each other, and the text
    affirms what "without" alone would deny."""
    return denied_before(text, k)
