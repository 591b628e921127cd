"""A named body and the named body it is an organ or a member of are one actor, never rivals.

A claim crediting a deed to an organisation ("the Ostland Union's review") is not contradicted
by a sentence naming an organ of that organisation ("the Union Assembly"): WordNet makes such
an organ a member or part of the whole body (the council of an organisation, a department of
a government), and the organ acting is the organisation acting through it, or an aside that
only names it. Read as another actor in the claim's place, a true claim about the whole body
was called contradicted. The pairs are WordNet's (`qa/search/data/wordnet_body_parts.txt`,
made by `tools/wordnet_body_parts.py`); two organs of one body ("the Assembly" / "the
Secretariat") are not joined, and a name that is also a country is left to the readers of
countries.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE, entry
from .facts import country_of
from .vocabulary import Vocabulary

BODY_PARTS = TABLE.with_name("wordnet_body_parts.txt")
ARTICLES = ("the ", "a ", "an ")


@lru_cache(maxsize=4096)
def wholes(name: str) -> frozenset[str]:
    """The names of the bodies WordNet makes `name` (any case, an article before it) a
    member or part of."""
    key = name.lower().replace("’", "'").removesuffix("'s").strip()
    for article in ARTICLES:
        key = key.removeprefix(article)
    found = entry(key, BODY_PARTS)
    return frozenset(found.split("|")) if found else frozenset()


def one_body(mine: str, theirs: str, vocab: Vocabulary) -> bool:
    """The claim's name (`mine`) is the body of which the sentence's name (`theirs`) is an
    organ or member ("UN" / "Security Council"), neither name a country's. Not the other way
    round: the organ's deed is the body's, but a sentence saying "the UN initiated it" tells
    nothing of which organ did, and a claim naming one ("the Assembly initiated it") is still
    set against it as another actor."""
    if country_of(mine, vocab) or country_of(theirs, vocab):
        return False
    return normal(mine) in wholes(theirs)


def normal(name: str) -> str:
    key = name.lower().replace("’", "'").removesuffix("'s").strip()
    for article in ARTICLES:
        key = key.removeprefix(article)
    return key
