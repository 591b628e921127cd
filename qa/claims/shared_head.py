"""A name whose noun is left to the last of a list: "one Norlandic, two Sudlandic sailors"
and "the Norlandic and Sudlandic envoys" give "sailors" and "envoys" to both countries,
though only the last stands right before the noun. Without this reading the owner of the
claim's "a Norlandic sailor" in such a sentence was the other country alone, and a true
claim was called contradicted by an actor swapped (`opposition.owner_swapped`; round 72,
branch sc77).

A list item is one name with at most two lower-case words before it (a count or a
quantifier: "one", "several", "two wounded"); the items are joined by a comma, "and" or
"or", and the last one stands right before the noun. The item's count must agree in number
with the claim's ("one Norlandic" is no "several Norlandic sailors": the counts swapped
between the names is still a swap)."""
from __future__ import annotations

import re

from .facts import Mention, Parsed, Token

# what stands between a listed name and the list's noun: more items, each up to two
# lower-case words and a capitalised name (of one or two words), after a comma, "and" or "or"
REST_OF_LIST = re.compile(r"(?:\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s+(?:[a-z][\w-]*\s+){0,2}"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+\s+")
# the words of a count of one; any other count or quantifier ("two", "several") is plural
SINGLE = frozenset("a an one single lone".split())
WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def shares_head(text: Parsed, head: Token, owns, count: str | None) -> bool:
    """A name of `text` that `owns(name)` accepts stands in a list whose last item is right
    before `head`: the noun is that name's too, if the item's count (the word before the
    name) agrees in number with `count`, the claim's."""
    return any(m.family == "name" and m.end < head.start and owns(m)
               and REST_OF_LIST.fullmatch(text.text, m.end, head.start) is not None
               and agrees(count_before(text.text, m), count)
               for m in text.mentions)


def count_before(text: str, name: Mention) -> str | None:
    """The lower-case word right before the name, if any ("one" of "one Norlandic")."""
    found = WORD_BEFORE.search(text, 0, name.start)
    return found.group(1) if found and found.group(1).islower() else None


def agrees(one: str | None, other: str | None) -> bool:
    """Two counts agree in number: both of one, or both of more; a missing count or one that
    is no count (an article of the phrase, "the") agrees with any."""
    if one is None or other is None or one == "the" or other == "the":
        return True
    return (one in SINGLE) == (other in SINGLE)
