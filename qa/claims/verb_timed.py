"""An adverb of order right after its verb ("the lilacs now flower earlier, and ...") times that
verb's event against its usual time; it does not order the clause after its comma.

`sequence.fronted` reads an adverb of order with a comma after it as set before its clause
("Three days later, the board voted": the clause after it is the later event). Written after
a verb ("As warmer springs make the lilacs flower earlier, bees ..."), the comma only closes
the adverb's own clause, and the fronted reading turned the sentence's two clauses into an
order that crossed the claim's cause and effect: a true claim of cause ("Because warmer
springs make the lilacs flower earlier, bees ...") was called contradicted. Here the word
before the adverb is a verb (WordNet has it as one, and as no adjective or adverb, which may
stand in a span of time: "not long after"), not a noun after a determiner or quantity word
("some time later").
"""
from __future__ import annotations

from ..search.wordnet import adjectives, adverbs, can_be_verb
from .facts import DETERMINERS, Parsed

QUANTITY_WORDS = frozenset("some any no much little few several many".split())


def after_verb(text: Parsed, n: int) -> bool:
    """The word before the adverb at `n`, in its clause, is a verb it qualifies."""
    if n == 0 or text.tokens[n].brk:
        return False
    word = text.tokens[n - 1].lower
    if not word.isalpha() or not can_be_verb(word) or word in adjectives() \
            or word in adverbs():
        return False
    before = text.tokens[n - 2].lower if n > 1 and not text.tokens[n - 1].brk else ""
    return before not in DETERMINERS and before not in QUANTITY_WORDS
