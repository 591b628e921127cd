"""A noun after a verb of losing is not affirmed: "the renewal loses unanimity" says it no
longer has it, as "was not unanimously adopted" does, so the two agree and the second is no
denial of a word the first affirms. The verbs are those of "cease to have" (WordNet's first
sense of "lose"), in all their forms; a determiner or possessive may stand between ("lost
its majority")."""
from __future__ import annotations

import re

from .facts import Parsed

PRIVATIVE_RE = re.compile(r"\b(?:lose|loses|losing|lost|forfeit|forfeits|forfeited|forfeiting|"
                          r"relinquish|relinquishes|relinquished|relinquishing)\s+"
                          r"(?:(?:the|a|an|its|their|his|her|our|any|all)\s+)?$", re.IGNORECASE)


def lost_object(text: Parsed, term: str) -> bool:
    """Each word of `term` in the text stands right after a verb of losing: what is lost,
    not what is had."""
    found = False
    for token in text.tokens:
        if term not in token.terms:
            continue
        if not PRIVATIVE_RE.search(text.text[:token.start]):
            return False
        found = True
    return found
