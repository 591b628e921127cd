"""A change of the claim that the sentence states going the other way, in the same place:
"tensions lessened" / "tensions increased", "exports eased off" / "exports increased".

WordNet's antonym pointers join only a few verbs of change ("increase" / "decrease"), so
`compare.opposites` misses most reversed changes ("lessen" and "increase" share no pointer).
The direction table (`wordnet.direction`: a kind of increase +1, a kind of decrease -1,
within two hypernym steps) joins them all. A phrasal verb goes the way its single verbs
(`particles.phrasal_spans`) agree on: "ease off" -> decrease, diminish, lessen (-1); it has
no direction where they disagree ("cut down" -> reduce ... inflate) or have none.

The sentence's verb must stand in the claim verb's place (`compare.same_place`: the same
word right before or right after both): a change the other way of another thing ("costs
rose while exports lessened") reverses nothing. The claim's verb must be unstated by the
sentence (a sentence that says "lessened" as well is about two changes), and neither word
negated ("did not increase" is no increase). Here the claim's changes; the sentence is read
by `compare.reversed_change`."""
from __future__ import annotations

from ..search.wordnet import direction
from .facts import Parsed, Token
from .particles import OWN_STEM, phrasal_spans


def changes_of(claim: Parsed) -> list[tuple[Token, int]]:
    """Each affirmed verb of change of the claim with its direction: a phrasal verb's from
    its single verbs, any other word's from the table."""
    phrasal = {i: singles for i, _, singles in phrasal_spans(tuple(claim.tokens))}
    found = []
    for n, token in enumerate(claim.tokens):
        if not token.word.isalpha() or not token.terms \
                or any(t in claim.negated for t in token.terms):
            continue
        way = phrasal_direction(phrasal[n]) if n in phrasal else direction(token.word)
        if way:
            found.append((token, way))
    return found


def phrasal_direction(singles: str) -> int:
    """The direction a phrasal verb's single verbs agree on, 0 if they disagree or have none."""
    ways = {direction(w) for w in singles.lstrip(OWN_STEM).split()} - {0}
    return ways.pop() if len(ways) == 1 else 0
