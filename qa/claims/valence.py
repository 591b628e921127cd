"""A word's polarity: whether it is a good or a bad thing said, by the mean valence VADER's
raters gave it (`qa/data/polarity.txt`), for a word VADER does not rate by its base form or the
polarity its first-sense WordNet synonyms agree on (`qa.claims.polarity` tells more of why).
A module of its own so that the figure readings (`qa.claims.harmed`), below `compare`, read
it too."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, synonyms, verb_base
from ..text.lexicon import valences

POLAR = 1.0  # the least |valence| (of VADER's 4) that makes a word positive or negative
# the least |valence| of a synonym that lends a word it: a first sense is often not the sense
# in a text ("force" -> pressure, -1.2; "perpetrate" -> commit, 1.2), so only a strong one
SPREAD = 1.5


@lru_cache(maxsize=8192)
def polarity(word: str) -> int:
    """+1, -1 or 0 (neutral, mild or unknown) for a lower-case word."""
    table = valences()
    forms = [word]
    irregular = verb_base(word)  # the words rated are predicates (`predicate`): verbs
    if irregular:  # "fought" -> fight, "spent" -> spend
        forms.append(irregular)
    forms += base_forms(word)[1:]
    for form in forms:
        if form in table:
            return sign(table[form])
    # an irregular form is read as the verb it is a form of: the adjective "spent" (exhausted,
    # negative) is not the verb in "was spent protecting personnel"
    rated = {sign(table[s], SPREAD) for s in synonyms(irregular or word) if s in table} - {0}
    return rated.pop() if len(rated) == 1 else 0


def sign(valence: float, least: float = POLAR) -> int:
    """+1 or -1 for a rating of at least `least` either way, else 0."""
    return 0 if abs(valence) < least else 1 if valence > 0 else -1
