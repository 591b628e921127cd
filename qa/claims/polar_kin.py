"""Two words of opposite polarity that WordNet gives one meaning: one deed, not a reversal.

`polarity.opposed_polarity` reads a claim word and a sentence word of opposite VADER rating
in each other's place as the deed reversed. VADER rates a word by its commonest feeling, not
by the sense in the text: "engaged" is positive (betrothed, absorbed), "fighting" negative,
yet "has been engaged against jihadists" is "has been fighting jihadists" (WordNet: "fight"
has "engagement", the noun of "engage", among its first sense's words). Where one word, in
its forms or derived forms, is a first-sense synonym of the other, the two say one thing and
the polarity ratings read two feelings into it.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, derived_forms, synonyms, verb_base


def bases(word: str) -> set[str]:
    """The word's base forms, an irregular past's verb among them."""
    found = set(base_forms(word))
    base = verb_base(word)
    if base:
        found.add(base)
    return found


@lru_cache(maxsize=4096)
def forms(word: str) -> frozenset[str]:
    """The word, its base forms (an irregular past's verb) and their derived forms."""
    found = bases(word.lower())
    for form in list(found):
        found.update(derived_forms(form))
    return frozenset(found)


@lru_cache(maxsize=4096)
def meanings(word: str) -> frozenset[str]:
    """The first-sense synonyms of the word and of each of its base forms."""
    return frozenset(s.lower() for form in bases(word.lower()) for s in synonyms(form))


def one_meaning(a: str, b: str) -> bool:
    """Either word, in one of its forms, is a first-sense synonym of the other."""
    return bool(meanings(a) & forms(b)) or bool(meanings(b) & forms(a))
