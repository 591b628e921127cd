"""Two differences that are one kind of fact: where a thing lies, told with two of its marks
changed ("the eastern part of Mopti region, up to the Nigerien border" / "the western part of
Mopti region ... up to the Mauritanian border").

`check.stance_of` reads two kinds of fact in conflict as another fact, not the claim's stated
wrongly. Compare types the two by the words that differ: a compass point the tables know as
an antonym ("eastern" / "western") is a relation, a name outside a place preposition's phrase
("the Nigerien border") an actor. Yet both say where: a compass region (`compare.REGIONS`) is
a place, as `compare.other_region` reads one against another region, and so is a name that
qualifies a noun of location, right before it or after its "with" or "of" ("the Nigerien
border", "the border with Niger"; nouns whose first WordNet sense is a location,
`tools/wordnet_locations.py`), where the other text's name qualifies the same noun. Conflicts
all so read are one kind, a place: the sentence tells where the claim's thing lies otherwise.
Read only where it makes two kinds one; the rest a sentence must state is asked as before.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import TABLE, base_forms
from ..types import Conflict, ConflictKind
from .compare import REGIONS
from .facts import PLACE_WORDS, Parsed, Token

LOCATIONS = TABLE.with_name("wordnet_locations.txt")
ARTICLES = frozenset("the a an".split())
# what joins a noun of location to the name that says which ("the border with Niger", "the
# region of Mopti")
JOINING = frozenset({"with", "of"})


@lru_cache(maxsize=1)
def location_nouns() -> frozenset[str]:
    """The table's words, read once, on first use."""
    return frozenset(line for line in LOCATIONS.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def one_place(conflicts: list[Conflict], claim: Parsed, sentence: Parsed) -> bool:
    """Every conflict tells where the claim's thing lies (`place_told`), and not all of
    them were typed a place already."""
    return bool(conflicts) and any(c.kind != ConflictKind.PLACE for c in conflicts) \
        and all(place_told(c, claim, sentence) for c in conflicts)


def place_told(conflict: Conflict, claim: Parsed, sentence: Parsed) -> bool:
    """A place, two compass regions, or two names qualifying one noun of location."""
    if conflict.kind == ConflictKind.PLACE:
        return True
    if conflict.kind == ConflictKind.RELATION:
        mine, theirs = (REGIONS.get(w.lower()) for w in (conflict.claim, conflict.source))
        return mine is not None and theirs is not None and mine != theirs
    if conflict.kind != ConflictKind.ACTOR:
        return False
    at = claim.text.find(conflict.claim)
    if at < 0 or conflict.span == (0, 0):
        return False
    noun = location_of(claim, at, at + len(conflict.claim))
    return noun is not None and noun == location_of(sentence, *conflict.span)


def location_of(text: Parsed, start: int, end: int) -> str | None:
    """The noun of location (its base form) the words between `start` and `end` qualify:
    the noun right after them within a place preposition's phrase ("up to the Nigerien
    border"), or the noun whose "with" or "of" stands right before them ("the border with
    Niger"); None otherwise."""
    before = [t for t in text.tokens if t.end <= start]
    after = [t for t in text.tokens if t.start >= end]
    if after and not after[0].brk:
        noun = location(after[0])
        if noun is not None:
            words = [t.word.lower() for t in before[-2:]]
            if words and words[-1] in ARTICLES:
                words = words[:-1]
            if words and words[-1] in PLACE_WORDS:
                return noun
    if len(before) >= 2 and before[-1].word.lower() in JOINING:
        return location(before[-2])
    return None


def location(token: Token) -> str | None:
    """The token's base form when it is a noun of location ("borders" -> border)."""
    if not token.word.isalpha() or not token.word.islower():
        return None
    return next((form for form in base_forms(token.word) if form in location_nouns()), None)
