"""A speaker's address to the listeners ("By the spring of 2031, friends, three ports had closed",
"Make no mistake, colleagues, the fleet shrank"): a plural noun of persons or groups set off by
commas after the claim's opening phrase, which names no one in the claim's event. Left in, it
was read as the claim's actor and set against the source's ("friends" / "countries": a true
claim called contradicted, round 74, branch sc81).

`unaddressed`: the claim without such a word (with "my" or "dear" before it). Only a lower-case
plural whose first WordNet sense is a person or a group (`actor_kind`), one word alone between
its commas, after an opening phrase that is no bare noun of persons, and before a clause of its
own: at least three words up to the next comma, opening with none of the words that continue a
list, an apposition or a relative clause, and no "and" or "or" among its next two words
("soldiers, police, civilians died", "soldiers, police and civilians died", "officials, who
had warned", "troops, not police, patrolled" keep their word). A trailing word after a last
comma ("sold to three buyers, traders") is as often an apposition and is left.
"""
from __future__ import annotations

import re

from ..search.wordnet import actor_kind, plural

# the opening phrase (no comma), the address, and the clause after it
OPENED_RE = re.compile(r"^([^,]{1,40}), (?:(?:my|dear) )?([a-z]+), ([a-z][^,]*)")
# words that open a list's next member, an apposition's rest or a relative clause
CONTINUING = frozenset("and or nor not who whom whose which that including such like as both "
                       "either neither mostly mainly especially chiefly all each".split())
# a list's last member joined right after the next ("soldiers, police and civilians died")
LIST_WORDS = frozenset("and or nor".split())
CLAUSE_WORDS = 3  # words of the clause after the address, up to its next comma


def addressed(word: str) -> bool:
    """A plural noun whose first WordNet sense is a person or a group ("friends", "folks")."""
    return plural(word) and actor_kind(word) is not None


def unaddressed(text: str) -> str:
    """The claim without its address to the listeners, if it has one."""
    if text.count(", ") < 2:
        return text
    opened = OPENED_RE.match(text)
    if not opened or not addressed(opened.group(2)):
        return text
    opening, after = opened.group(1), opened.group(3).split()
    if " " not in opening and addressed(opening.lower()) \
            or len(after) < CLAUSE_WORDS or after[0] in CONTINUING \
            or LIST_WORDS.intersection(after[1:CLAUSE_WORDS]):
        return text
    return opening + ", " + text[opened.start(3):]
