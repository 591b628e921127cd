"""A rank given for another scope: "the wettest spring since 1990" is not contradicted by a
sentence that calls it "the 14th wettest spring on record, and the wettest since 1990".

A sentence may rank one thing twice, over two scopes: first over one (a place, a span of
years, a group) and unranked over another, narrower one. A claim's bare superlative set
against the sentence's ordinal ("wettest" / "14th wettest") then called true claims
contradicted: the claim ranks it over the scope the sentence's unranked superlative is given,
and says what the sentence says there.

A scope is read from the words after the superlative, up to the clause's end or the next
"and" or "but": the qualifier is what follows its first preposition ("since 1990", "in the
county"). The ordinal's conflict is dropped when the sentence also gives the claim's
superlative with no ordinal before it, and the claim's qualifier words that the ordinal's
scope does not give, one or more, all stand in that superlative's scope: a claim ranking it
over the ordinal's scope ("the wettest spring on record") stays in conflict.
"""
from __future__ import annotations

import re

from .facts import Parsed

# where a superlative's scope ends: a clause mark or a conjunction that opens another part
SCOPE_END_RE = re.compile(r"[,;:()]|\.\s|\.$|\b(?:and|but|while|whereas|although)\b", re.I)
# the preposition that opens a qualifier: "since 1990", "in the county", "of the century"
QUALIFIER_RE = re.compile(r"\b(?:in|since|of|on|among|across|within|over|at|for|during)\b",
                          re.I)
ORDINAL_BEFORE_RE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
                               r"seventh|eighth|ninth|tenth)[\s-]+$", re.I)
SEVERAL_RE = re.compile(r"\b(?:one|some|several|among|two|three)\s+of\s+(?:the|its|their)\s+$"
                        r"|\bamong\s+(?:the|its|their)\s+$", re.I)


def scope(text: str, end: int) -> str:
    """The words after a superlative ending at `end`, to its clause's end."""
    stop = SCOPE_END_RE.search(text, end)
    return text[end:stop.start() if stop else len(text)]


def qualifier(text: str, end: int) -> str:
    """The scope's part from its first preposition on, or ""."""
    words = scope(text, end)
    found = QUALIFIER_RE.search(words)
    return words[found.start():] if found else ""


def other_scope(claim: Parsed, sentence: Parsed, word: str, ordinal_end: int,
                terms) -> bool:
    """Whether the sentence's ordinal before `word` (its superlative, ending at
    `ordinal_end`) ranks over another scope than the claim's superlative of the same word,
    which the sentence gives unranked (see the module's docstring). `terms` gives a text's
    index terms."""
    wanted = set(terms(word))
    mine = next((t for t in claim.tokens if set(t.terms) & wanted), None)
    if mine is None:
        return False
    # the claim's qualifier words that the ordinal's scope does not give
    asked = set(terms(qualifier(claim.text, mine.end))) \
        - set(terms(scope(sentence.text, ordinal_end)))
    if not asked:
        return False
    for token in sentence.tokens:
        if token.end == ordinal_end or not set(token.terms) & wanted:
            continue
        before = sentence.text[max(0, token.start - 30):token.start]
        if ORDINAL_BEFORE_RE.search(before) or SEVERAL_RE.search(before):
            continue  # ranked too, or one of several
        if asked <= set(terms(scope(sentence.text, token.end))):
            return True
    return False
