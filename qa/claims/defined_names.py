"""A name defined by an acronym in brackets is one name, whatever minor words join its parts:
"Center for Civilians in Conflict (CIVIC)" names an organisation, and its "in Conflict" is no
place, though the parse splits the name at "in" as it does "MINUSMA in Gao". Only the part
right before the bracket and joined to a capitalised word by a minor word is read so: the
acronym's letters need not spell the name (CIVIC does not spell C-C-C)."""
from __future__ import annotations

import re

from .facts import Mention, Parsed

# a bracketed acronym right after the mention: " (CIVIC)", " (AU)"
ACRONYM_AFTER_RE = re.compile(r"\s*\(\s*[A-Z][A-Za-z]*[A-Z]\s*\)")
# a capitalised word and a minor word right before the mention: "Civilians in ", "Bank of "
JOINED_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*\s+(?:in|of|for|on|and)\s+$")


def in_defined_name(text: Parsed, mention: Mention) -> bool:
    """The mention is the last part of a longer name the text defines by an acronym in
    brackets right after it."""
    return bool(ACRONYM_AFTER_RE.match(text.text, mention.end)) \
        and bool(JOINED_BEFORE_RE.search(text.text[:mention.start]))
