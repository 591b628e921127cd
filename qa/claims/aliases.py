"""A name and the acronym a sentence gives it in brackets are one actor.

Reports define an acronym where they first write a name: "the Coordination of Azawad Movements
(CMA)". The two are one actor even where the letters do not spell the words (the acronym of
the French name, "Coordination des Mouvements de l'Azawad"), so a claim naming either names
both: the other is no second actor in the claim's place (`check.another_named`), which kept
"signed by the Malian government ... and rejected by the Coordination of Azawad Movements"
from two sentences that say so ("However, the proposed peace deal was rejected by the
Coordination of Azawad Movements (CMA)").
"""
from __future__ import annotations

import re

from .compare import name_found
from .facts import Mention, Parsed
from .vocabulary import Vocabulary

BRACKETED_RE = re.compile(r"\s*\(\s*$")  # what stands between a name and its bracketed acronym


def aliased(mention: Mention, sentence: Parsed, claim: Parsed, vocab: Vocabulary) -> bool:
    """The sentence's name is a bracketed acronym right after a name, or a name right before
    one, and its partner is a name the claim states."""
    if "(" not in sentence.text or mention.family != "name" or mention.kind == "country":
        return False
    partner = alias_of(mention, sentence)
    return partner is not None and name_found(partner, claim, vocab)


def alias_of(mention: Mention, sentence: Parsed) -> Mention | None:
    """The name the mention is bracketed with: "NAME (ACRONYM)", either way round."""
    text = sentence.text
    for other in sentence.mentions:
        if other.family != "name" or other.kind == "country" or other is mention:
            continue
        first, second = (other, mention) if other.start < mention.start else (mention, other)
        if bracketed_after(text, first.end, second):
            return other
    return None


def bracketed_after(text: str, end: int, mention: Mention) -> bool:
    """The mention is an acronym in brackets right after `end`, where a name ends: "the
    Coordination of Azawad Movements (CMA)"."""
    return is_acronym(mention.text) and bool(BRACKETED_RE.fullmatch(text[end:mention.start])) \
        and text[mention.end:mention.end + 1] == ")"


def is_acronym(text: str) -> bool:
    """Capitals only, a plural "s" aside ("CMA", "TCCs")."""
    letters = text[:-1] if text.endswith("s") else text
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()
