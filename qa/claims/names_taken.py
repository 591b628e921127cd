"""A sentence's name already standing for another of the claim's names is no rival of this
one: "Following the demand of Bamako, the Security Council terminated" / "Following the
government's request, the UN Security Council terminated" puts "UN Security Council" where
the claim has "Bamako" by the words around them, but it is the claim's "Security Council";
"the UN force ... Malian forces' commitment" / "MINUSMA ... the Malian Defense and Security
Forces' commitment": "Malian Defense" is the claim's Malian forces, not a rival of "UN". A
name in the claim's place that the claim itself names is one of its facts, placed otherwise,
which `opposition.swapped_names` and `qa.claims.mirrored` judge as a swap where it is one.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .facts import Mention, Parsed


def taken_by_another(claim: Parsed, mine: Mention, sentence: Parsed, rival: Mention,
                     names: Callable[[Mention, Mention], bool]) -> bool:
    """The sentence's name `rival` (or a name inside it: "Malian" of "Malian Defense") names
    another of the claim's names than `mine` (`names(claim_name, sentence_name)`), one that
    is not part of `mine` nor holds it."""
    inner = [s for s in sentence.mentions if s.family == "name"
             and rival.start <= s.start and s.end <= rival.end]
    return any(other.family == "name" and apart(claim, mine, other)
               and other.text.lower() != mine.text.lower()
               and any(names(other, s) for s in inner)
               for other in claim.mentions)


OWNER_GAP = re.compile(r"\s*(?:['’]s?)?\s*")


def apart(claim: Parsed, mine: Mention, other: Mention) -> bool:
    """The two names are not one phrase: neither holds the other, and no more than a
    genitive stands between them ("Norway's Ministry of Foreign Affairs" is one actor, whose
    rival "the Norwegian Ministry of Defence" holds its owner's name)."""
    if other.end <= mine.start:
        return not OWNER_GAP.fullmatch(claim.text[other.end:mine.start])
    if other.start >= mine.end:
        return not OWNER_GAP.fullmatch(claim.text[mine.end:other.start])
    return False
