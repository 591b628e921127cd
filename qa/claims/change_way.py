"""A phrasal verb of change of the claim that the sentence states going the other way, in
the same place: "tensions eased off" / "tensions increased", "scaled back" / "stepped up".

WordNet's antonym pointers join single verbs ("increase" / "decrease"), not a phrasal verb
and a single one, so `compare.opposites` misses these. The direction table
(`wordnet.direction`: a kind of increase +1, a kind of decrease -1, within two hypernym
steps) joins them: a phrasal verb goes the way its single verbs
(`particles.phrasal_spans`) agree on: "ease off" -> decrease, diminish, lessen (-1); it has
no direction where they disagree ("cut down" -> reduce ... inflate) or have none.

The sentence's verb must stand in the claim verb's place: the same word right before both
(`compare.same_subject`), or the claim's subject phrase as the sentence verb's object
(`compare.changed_object`); a change the other way of another thing ("costs rose in 2021"
/ "quotas eased off in 2021") reverses nothing. The claim's verb must be unstated by the
sentence (a sentence that says "eased off" as well is about two changes), and neither word
negated ("did not increase" is no increase). Here the claim's changes; the sentence is read
by `compare.reversed_change`."""
from __future__ import annotations

from ..search.wordnet import direction
from .facts import Parsed, Token
from .particles import OWN_STEM, phrasal_spans


def changes_of(claim: Parsed) -> list[tuple[Token, int]]:
    """Each affirmed phrasal verb of change of the claim with its direction, from its single
    verbs. A single word's own direction is left to the antonyms: read from the hypernyms of
    its first senses it strays too often (a noun, "troop cap"; a rate, "slow", "delayed"),
    where several single verbs agreeing on one direction seldom do."""
    phrasal = {i: singles for i, _, singles in phrasal_spans(tuple(claim.tokens))}
    found = []
    for n, token in enumerate(claim.tokens):
        if not token.word.isalpha() or not token.terms \
                or any(t in claim.negated for t in token.terms):
            continue
        way = phrasal_direction(phrasal[n]) if n in phrasal else 0
        if way:
            found.append((token, way))
    return found


def phrasal_direction(singles: str) -> int:
    """The direction a phrasal verb's single verbs agree on, 0 if they disagree or have none."""
    ways = {direction(w) for w in singles.lstrip(OWN_STEM).split()} - {0}
    return ways.pop() if len(ways) == 1 else 0
