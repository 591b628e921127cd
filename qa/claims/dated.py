"""The date of a named thing: "Resolution 2100 of 25 April 2013", "Resolution 2100 (April 25,
2013)". A date written right after an identifier (`qa.claims.identifiers`: a number right after
a capitalised noun) is that thing's own date, whatever the verb around it: a claim that dates
the same identifier otherwise ("passed Resolution 2100 on 25 April 2014") is contradicted by
it even where the sentence tells no event of the claim's ("Based on Resolution 2100 of ...")."""
from __future__ import annotations

import re

from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed
from .identifiers import identifier

# what may stand between an identifier and its date: "of", "on", "dated", "adopted on", an
# opening bracket, a comma
BETWEEN_RE = re.compile(r"\s*,?\s*(?:\(|of|on|dated|adopted|adopted on|passed on)?\s*",
                        re.IGNORECASE)


def date_start(text: Parsed, mention: Mention) -> int:
    """Where the date holding `mention` begins: a year after its day and month ("25 April
    2014", "April 25, 2013") begins with them."""
    start = mention.start
    for other in text.mentions:
        if other.family == "month" and other.end <= start \
                and re.fullmatch(r"\s*,?\s*", text.text[other.end:start]):
            start = other.start
    return start


def dated_identifier(text: Parsed, mention: Mention) -> str | None:
    """The identifier ("resolution 2100") whose own date `mention` is part of, if any."""
    start = date_start(text, mention)
    for other in text.mentions:
        if other.end <= start and identifier(text, other) \
                and BETWEEN_RE.fullmatch(text.text[other.end:start]):
            before = re.search(r"([^\W\d_][\w’'-]*)\s+$", text.text[:other.start])
            return f"{before.group(1).lower()} {other.text}" if before else None
    return None


def dated_alike(claim: Parsed, sentence: Parsed, conflicts: list[Conflict]) -> bool:
    """Whether the claim's one date conflict is about the date of an identifier the sentence
    dates too ("Resolution 2100 on 25 April 2014" / "Resolution 2100 of 25 April 2013")."""
    if len(conflicts) != 1 or conflicts[0].kind != ConflictKind.DATE:
        return False
    conflict = conflicts[0]
    mine = next((m for m in claim.mentions if m.text == conflict.claim
                 and m.family in ("year", "month")), None)
    theirs = next((m for m in sentence.mentions if (m.start, m.end) == conflict.span), None) \
        or next((m for m in sentence.mentions if m.text == conflict.source
                 and m.family in ("year", "month")), None)
    if mine is None or theirs is None:
        return False
    named = dated_identifier(claim, mine)
    return named is not None and named == dated_identifier(sentence, theirs)
