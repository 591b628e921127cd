"""A claim's adjective that only repeats the noun of its place the headings name: "the polar
night at the Kessel Pole station" under the title "Kessel Pole Station".

An article titled by a place goes on "Through this long night the outside air can cool to
-70 C"; a claim written from it says "Through the polar night at the Kessel Pole station, the
outside air can cool to -70 C". The headings lend the place's name (`check.with_heading`),
but "polar", which no sentence or heading writes, was a claim word left unstated, so the
sentence and its title, which state everything else, did not support the claim.

WordNet relates the adjective to the noun it pertains to ("polar" -> pole, "coastal" ->
coast, "lunar" -> moon; `wordnet_derivations.txt`). When that noun is a word both of the
claim's own (another of its words: "polar" ... "Pole") and of the headings, the adjective
says of the claim's place what its name already says, and the headings that state the name
state the adjective. An adjective whose noun the claim does not name ("polar bears" in a
claim with no pole) is a fact of its own and stays unstated.
"""
from __future__ import annotations

from ..search.wordnet import derivations
from .facts import Parsed


def pertained_headed(claim: Parsed, heading: Parsed, vocab) -> frozenset[str]:
    """The terms of the claim's lower-case words whose WordNet noun is a term both of another
    word of the claim and of the heading (`heading`, the passage's headings parsed)."""
    found = set()
    for token in claim.tokens:
        if not token.terms or not token.word.isalpha() or not token.word.islower() \
                or heading.terms.issuperset(token.terms):
            continue
        others = claim.terms - set(token.terms)
        for noun in derivations(token.lower):
            nouns = set(vocab.analyzer.terms(noun))
            if nouns and nouns <= heading.terms and nouns <= others:
                found.update(token.terms)
                break
    return frozenset(found)
