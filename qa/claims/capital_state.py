"""A capital and its own country are one state, never two rival names.

A capital acting stands for its country's government ("Norvik announced" is "Norland
announced"); a capital as a place lies inside its country ("in Norvik" is not "in Sudland", but
is no other place than "in Norland" either: narrower, not another). So a claim's capital set
against the sentence's own country (or the claim's country against the sentence's capital)
is never a conflict of actor or place: read as one, a true claim naming a government by its
seat ("London said ..." / "the UK said ...") was called contradicted. Whether the two are
one actor (support) or a place and the wider place around it (no support) is for
`qa.claims.compare.governing_country` to tell.
"""
from __future__ import annotations

from ..text.lexicon import capital_cities
from .facts import country_of
from .vocabulary import Vocabulary


def one_state(mine: str, theirs: str, vocab: Vocabulary) -> bool:
    """One of the two names is a capital and the other its own country ("Norvik" /
    "Norland", "Norlandic" / "Norvik")."""
    cities = capital_cities()
    return any(cities.get(a.lower()) is not None and cities.get(a.lower()) == country_of(b, vocab)
               for a, b in ((mine, theirs), (theirs, mine)))
