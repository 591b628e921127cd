"""A name given as a standard of comparison is no party to the sentence's facts.

"over 13,000 troops operating in a country more than three times the size of Germany" names
Germany only to measure the country by: the troops are not Germany's. A claim about a figure
of the name ("Germany's contingent numbers about 1,100 troops") finds its owner in the
sentence only there, so a figure of the sentence is another's and no rival for the claim's.
"""
from __future__ import annotations

import re

from ..types import VALUE_KINDS, Conflict
from .facts import Parsed, without_possessive

# what stands right before a name that measures something else: "than", "as big as", "the
# size of", "twice the area of", "equal in size to", "the same size as"
STANDARD_RE = re.compile(r"\b(?:than|as\s+\w+\s+as|the\s+(?:size|area|length|height|scale)\s+of"
                         r"|the\s+same\s+(?:size|area|length|height|scale)\s+as"
                         r"|(?:equal|similar|comparable|identical|equivalent)\s+in\s+"
                         r"(?:size|area|length|height|scale)\s+to)\s+(?:the\s+)?$", re.I)
REACH = 30  # characters before the name searched for the standard's words


def named_as_standard(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Every conflict is a value, and a name the claim gives as a party (not as a standard
    itself: "a country twice the size of Germany") the sentence writes only right after a
    standard of comparison."""
    if not conflicts or any(c.kind not in VALUE_KINDS for c in conflicts):
        return False
    for mention in claim.mentions:
        if mention.family != "name" or standard_at(claim.text, mention.start):
            continue
        name = without_possessive(mention.text)
        places = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", sentence.text)]
        if places and all(standard_at(sentence.text, at) for at in places):
            return True
    return False


def standard_at(text: str, at: int) -> bool:
    return bool(STANDARD_RE.search(text[max(0, at - REACH):at]))
