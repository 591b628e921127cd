"""Whether a noun names a written text: "the brief", "the report", and any noun WordNet files
under the same kinds of thing ("the book", "the memoir", "the essay": a kind of writing).

`qa.claims.attribution` leaves out of a claim's weight the words that attribute it to a text
without a name ("the brief reports that ..."): where the claim was read, not what happened.
Its own short list of document nouns is general English; the texts a claim may be read in are
more (a book, a chronicle, a dossier), and listing them one by one would never end. WordNet
says what each is a kind of (`qa.search.wordnet.hypernyms`, the first sense's hypernyms,
`tools/wordnet_hypernyms.py`): a noun is a text when one of its hypernyms is a
listed document noun ("letter" -> document) or a kind that two or more listed nouns share
("document", "report" and "text" are all "writing"). A kind only one listed noun has says too
little ("paper" -> material would make cloth a text).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..search.wordnet import hypernyms
from .facts import without_possessive

SHARED = 2  # listed document nouns that must share a kind for it to mark a text


@lru_cache(maxsize=4)
def text_kinds(listed: frozenset[str]) -> frozenset[str]:
    """The kinds of thing a written text is: the listed nouns themselves, and the hypernyms
    SHARED of them have, a noun listed with its plural counted once ("author", "authors"
    share "person" only with each other: a person is no text)."""
    nouns = {noun[:-1] if noun.endswith("s") and noun[:-1] in listed else noun
             for noun in listed}
    counts = Counter(kind for noun in nouns for kind in hypernyms(noun))
    return listed | frozenset(kind for kind, n in counts.items() if n >= SHARED)


@lru_cache(maxsize=4096)
def names_text(word: str, listed: frozenset[str]) -> bool:
    """Whether the lower-case noun `word` ("books", "book's") names a written text, given the
    `listed` document nouns."""
    word = without_possessive(word)
    return word in listed or not hypernyms(word).isdisjoint(text_kinds(listed))
