"""The claim's rarest word left unsaid: no support.

A sentence may state more than half of a claim (`check.SUPPORT`) by the words the claim shares
with its topic and still leave out the one word that makes the claim what it is: "the primary
greenhouse gases include water vapour, carbon dioxide and argon" against a sentence listing
every gas but argon, "a harsh climate" against "a mild climate". The word the claim says most
specifically is the one the corpus uses least: its rarest term, by the index's idf (the
claim's own weights). When the sentence states no term of that weight, it states the
claim's topic, not the claim, and does not support it."""
from __future__ import annotations


def rarest_unsaid(weights: dict[str, float], states: frozenset[str]) -> bool:
    """Whether every claim term of the highest weight is missing from `states` (the terms a
    sentence states, as `check.covered` counts them)."""
    if not weights:
        return False
    top = max(weights.values())
    return all(term not in states for term, weight in weights.items() if weight == top)
