"""A name whose noun is left to the last of a list: "one Norlandic, two Sudlandic sailors"
and "the Norlandic and Sudlandic envoys" give "sailors" and "envoys" to both countries,
though only the last stands right before the noun. Without this reading the owner of the
claim's "a Norlandic sailor" in such a sentence was the other country alone, and a true
claim was called contradicted by an actor swapped (`opposition.owner_swapped`; round 72,
branch sc77).

A list item is one name with at most two lower-case words before it (a count or a
quantifier: "one", "several", "two wounded"); the items are joined by a comma, "and" or
"or", and the last one stands right before the noun."""
from __future__ import annotations

import re

from .facts import Parsed, Token

# what stands between a listed name and the list's noun: more items, each up to two
# lower-case words and a capitalised name (of one or two words), after a comma, "and" or "or"
REST_OF_LIST = re.compile(r"(?:\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s+(?:[a-z][\w-]*\s+){0,2}"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+\s+")


def shares_head(text: Parsed, head: Token, owns) -> bool:
    """A name of `text` that `owns(name)` accepts stands in a list whose last item is right
    before `head`: the noun is that name's too."""
    return any(m.family == "name" and m.end < head.start and owns(m)
               and REST_OF_LIST.fullmatch(text.text, m.end, head.start) is not None
               for m in text.mentions)
