"""A name after "the <kind of place> of" is a place: "the island of Kora", "the city of
Velden", "the province of Lunar".

`compare.same_type` compares a place only with a place, and reads a name as one after a place
preposition ("in Kora", "at Velden"). A sentence often names where a thing lies by the kind of
place first and its name after "of" ("measured at a station on the island of Kora"): read as
no place, that name was never compared with the claim's "in Tarbes", and a claim putting the
thing in another place of the same kind went not_found though the sentence says where it is.
The kinds are the nouns whose first WordNet sense is a location or a natural object (the tables
`qa/search/data/wordnet_locations.txt` and `wordnet_natural_objects.txt`, made by the tools of
the same names): "the president of Velden" or "the capital of Velden" is not read so, only a
noun of land or place.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE
from .facts import last_words

KIND_TABLES = ("wordnet_locations.txt", "wordnet_natural_objects.txt")


@lru_cache(maxsize=1)
def place_kinds() -> frozenset[str]:
    """The words of both tables, read once, on first use."""
    return frozenset(line for name in KIND_TABLES
                     for line in TABLE.with_name(name).read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def named_place_of(text: str, start: int) -> bool:
    """Whether the name starting at `start` follows "the <kind of place> of"."""
    words = [w.lower() for w in last_words(text, start, 3)]
    return len(words) == 3 and words[0] == "the" and words[2] == "of" \
        and words[1] in place_kinds()
