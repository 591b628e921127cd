"""The opposites of a manner adverb in "-ly" that WordNet gives no antonym: those of the
adjective it is made from ("independently" -> independent -> reliant, dependent).

`opposition.opposed` keeps support from a sentence that reverses a claim word, by WordNet's
antonyms. Its antonym table lists adjectives, and few of their adverbs, so "the survey teams
moved about the coast independently of the navy" was supported by "the survey teams were
heavily reliant on the navy to move about the coast": the adverb had no opposite. Read by its
adjective, an adverb is opposed only where the reversal stands in its own place, the same
word right before or after both (`compare.same_place`: "independently of the navy" /
"reliant on the navy"): an adjective's antonyms are of its many senses, and an adverb
elsewhere in the claim ("slightly" against a "significant" of another clause) is no reversal.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adverbs, antonyms
from .adverb_words import adjective_forms


@lru_cache(maxsize=4096)
def adverb_antonyms(word: str) -> tuple[str, ...]:
    """The one-word antonyms of the adjective an "-ly" adverb is made from ("independently":
    dependent, reliant, ...), () for a word that is no such adverb or has antonyms of its
    own."""
    word = word.lower()
    if not word.endswith("ly") or len(word) < 6 or word not in adverbs() or antonyms(word):
        return ()
    for adjective in adjective_forms(word):
        found = tuple(w for w in antonyms(adjective) if " " not in w)
        if found:
            return found
    return ()
