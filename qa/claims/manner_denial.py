"""A deed done in error is still done.

An adverb of manner among the negation cues ("falsely", "in error" written as one word in
"-ly": "wrongly detained", "mistakenly fired on") puts what the deed asserts or assumes in
doubt: "falsely reported as killed" denies the killing, "was inaccurately given as 300" the
figure. It does not deny the deed it modifies: the report was made, the soldiers were
detained. Read as a denial of its own verb, a true claim that a wire service "had reported"
a figure was called contradicted by "the figure had been wrongly reported by the wire
service". The adverbs of low degree among the cues ("hardly", "barely": Quirk's downtoners,
the second group of `degree_opposites`) do deny it, nearly ("hardly moved"), and stay cues.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import can_be_verb
from ..text.lexicon import words
from .adverb_words import manner_adverb
from .facts import NEGATIONS, Parsed


@lru_cache(maxsize=1)
def downtoners() -> frozenset[str]:
    """The adverbs of low degree and low frequency (`degree_opposites`' second groups)."""
    return frozenset(w for _, low in words()["degree_opposites"] for w in low.split())


def deed_in_error(denying: Parsed, cue: tuple[int, int], term: str) -> bool:
    """The cue is a negating adverb of manner that is no downtoner, and the term is the verb
    right after it: the deed itself is stated, done in error (see the module)."""
    tokens = denying.tokens
    k = next((i for i, t in enumerate(tokens) if t.start == cue[0]), None)
    if k is None or k + 1 >= len(tokens):
        return False
    adverb, verb = tokens[k], tokens[k + 1]
    return adverb.lower in NEGATIONS and manner_adverb(adverb.lower) \
        and adverb.lower not in downtoners() and term in verb.terms \
        and can_be_verb(verb.lower) and not verb.brk
