"""A name given in another word form: "the Norland Oceanic Survey" and "the Ocean Survey
of Norland" name one thing, the noun of one a WordNet derivation of the other's adjective
("millennium" / "millennial", "Europe" / "European"). Read as two names, the sentence's was a
rival actor and a true claim was called contradicted (round 72, branch sc77); a rival that
shares no word or form with the claim's name ("Coastal") still is one."""
from __future__ import annotations

from ..search.wordnet import derivations
from .facts import Mention


def same_name_derived(mine: Mention, theirs: Mention) -> bool:
    """Each word of the claim's name is a word of the sentence's, or a WordNet derivation of
    one, and at least one word differs in form only."""
    their_words = {w.lower() for w in theirs.text.split()}
    derived = False
    for word in (w.lower() for w in mine.text.split()):
        if word in their_words:
            continue
        if not their_words.intersection(derivations(word)):
            return False
        derived = True
    return derived
