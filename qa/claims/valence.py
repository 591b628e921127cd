"""A word's polarity: whether it is a good or a bad thing said, by the mean valence VADER's
raters gave it (`qa/data/polarity.txt`), for a word VADER does not rate by its base form or the
polarity its first-sense WordNet synonyms agree on (`qa.claims.polarity` tells more of why).
A module of its own so that the figure readings (`qa.claims.harmed`), below `compare`, read
it too."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, synonyms, verb_base, verbs
from ..text.lexicon import valences

POLAR = 1.0  # the least |valence| (of VADER's 4) that makes a word positive or negative
# the least |valence| of a synonym that lends a word it: a first sense is often not the sense
# in a text ("force" -> pressure, -1.2; "perpetrate" -> commit, 1.2), so only a strong one
SPREAD = 1.5


@lru_cache(maxsize=8192)
def polarity(word: str, as_verb: bool = False) -> int:
    """+1, -1 or 0 (neutral, mild or unknown) for a lower-case word; with `as_verb`, a regular
    past form unrated itself lends the polarity of its verb's synonyms, not of its own first
    sense, often the adjective's (`verb_polarity`)."""
    table = valences()
    for form in rated_forms(word):
        if form in table:
            return sign(table[form])
    # an irregular form is read as the verb it is a form of: the adjective "spent" (exhausted,
    # negative) is not the verb in "was spent protecting personnel"
    verb = verb_base(word) or (regular_verb_base(word) if as_verb else None)
    rated = {sign(table[s], SPREAD) for s in synonyms(verb or word) if s in table} - {0}
    return rated.pop() if len(rated) == 1 else 0


def own_rating(word: str) -> int:
    """`polarity` from VADER's rating of the word or of one of its forms only (0 if VADER
    rates none), without what WordNet's synonyms lend an unrated word."""
    table = valences()
    return next((sign(table[form]) for form in rated_forms(word) if form in table), 0)


def rated_forms(word: str) -> list[str]:
    """The forms of a lower-case word VADER's rating is looked up by, in order: the word, the
    verb an irregular form is of, what it may be an inflection of."""
    forms = [word]
    irregular = verb_base(word)  # the words rated are predicates (`predicate`): verbs
    if irregular:  # "fought" -> fight, "spent" -> spend
        forms.append(irregular)
    return forms + list(base_forms(word)[1:])


def sign(valence: float, least: float = POLAR) -> int:
    """+1 or -1 for a rating of at least `least` either way, else 0."""
    return 0 if abs(valence) < least else 1 if valence > 0 else -1


PAST_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"))  # "carried", "armed", "used"


def regular_verb_base(word: str) -> str | None:
    """The verb a regular past form is a form of ("used" -> use, "armed" -> arm), by WordNet's
    verbs; None for any other word."""
    table = verbs()
    return next((word[:len(word) - len(ending)] + base for ending, base in PAST_ENDINGS
                 if word.endswith(ending) and len(word) > len(ending) + 1
                 and word[:len(word) - len(ending)] + base in table), None)
