"""An adverb that judges a text's saying: "The paper correctly says that P", "The study
accurately records that P", "As the writers rightly observe, P".

A reviewer grades what the text under review says as much as he repeats it: the adverb
between the text and its verb tells whether the text is right. One that credits it
("correctly", "accurately", "rightly") or merely tells how it says it ("briefly") leaves P
asserted, so the frame is taken off as the bare frame is (`qa.claims.document_voice`). One
that discredits it ("wrongly", "incorrectly", "falsely") asserts the opposite of P, as a verb
that denies it does: a source stating P does not support the claim.

Which side an adverb is on is read from lexicons, not listed: the adverb or its adjective is
rated negative (VADER: "wrongly", "mistakenly", "erroneously"); or it is its WordNet antonym
with a prefix ("incorrectly" / "correctly", "inaccurately", "improperly": the marked member
of the pair); or its adjective is opposed to a word rated positive ("falsely": false / true).
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adverbs, antonyms, is_english
from ..text.lexicon import valences
from .adverb_words import adjective_forms


@lru_cache(maxsize=256)
def discrediting(adverb: str) -> bool:
    """The "-ly" adverb judges the saying it modifies wrong (see above)."""
    adverb = adverb.lower()
    rated = valences()
    if rated.get(adverb, 0.0) < 0:
        return True
    if any(adverb.endswith(other) and len(adverb) > len(other) for other in antonyms(adverb)):
        return True  # "incorrectly": "correctly" with a prefix that denies it
    forms = adjective_forms(adverb)
    if any(rated.get(a, 0.0) < 0 for a in forms):
        return True  # "erroneously": erroneous
    adjective = next((a for a in forms if is_english(a)), "")
    # "falsely": false, whose antonym "true" is rated positive and which is not
    return bool(adjective) and rated.get(adjective, 0.0) <= 0 < max(
        (rated.get(a, 0.0) for a in antonyms(adjective)), default=0.0)


def judging_saying(adverb: str) -> bool:
    """The word is an adverb in "-ly" that may stand between a text and its verb of saying
    ("correctly", "briefly"): one WordNet uses mostly as an adverb (`adverbs`)."""
    adverb = adverb.lower()
    return adverb.endswith("ly") and adverb in adverbs()
