"""A claim that a body left a party out ("the Mediation excluded the United States", "left
the United States out of its ranks") read against a sentence that lists the party among the
body's members ("a framework ... that comprised Algeria, France, the United States, ...").

The claim's exclusion is one verb, most often unstated by the sentence; every other word of
the claim, the party's name with them, is in the sentence's list, and coverage, weighing
names heavily, reads support. But a party named after "comprised", "included" or "with
members" is in, which is what the claim denies: no support.

Read: the claim's verb of leaving out (`EXCLUDING`, or "left"/"kept"/"shut" with "out"
within a few words after; not a passive), the first name after it in its clause; the sentence stating that
name after a word of inclusion (`INCLUDING`) in the same clause, with no negation and no
exclusion word of its own.
"""
from __future__ import annotations

from .facts import Mention, Parsed, Token, remembered
from .opposition import PASSIVE_AUXILIARIES

EXCLUDING = frozenset("excluded excludes excluding omitted omits omitting barred bars "
                      "barring".split())
WITH_OUT = frozenset("left leaves leaving kept keeps keeping shut shuts shutting".split())
OUT_REACH = 6  # words from "left" to its "out" ("left the United States out")
INCLUDING = ("compris", "includ", "consist", "compos", "member", "contain", "incorporat",
             "grouping", "brought together", "bringing together")
INCLUSION_REACH = 120  # characters from the inclusion word to the name (a list between)


def excluded_member(claim: Parsed, sentence: Parsed) -> Mention | None:
    """The claim's party left out whom the sentence lists as included; None otherwise."""
    verb = exclusion(claim)
    if verb is None or claim.has_negation or sentence.has_negation:
        return None
    party = next((m for m in claim.mentions if m.family == "name" and m.start > verb.start
                  and not claim.text[verb.end:m.start].count(",")), None)
    if party is None:
        return None
    low = sentence.text.lower()
    if any(word in EXCLUDING or word in WITH_OUT
           for word in (t.word.lower() for t in sentence.tokens)) or " out " in low:
        return None
    for theirs in sentence.mentions:
        if theirs.family != "name" or theirs.value != party.value:
            continue
        before = low[max(0, theirs.start - INCLUSION_REACH):theirs.start]
        if any(cue in before for cue in INCLUDING) and "." not in before.rstrip("."):
            return party
    return None


def exclusion(claim: Parsed) -> Token | None:
    """The claim's verb of leaving out, remembered on the parse: asked again for every
    sentence the claim is read against."""
    return remembered(claim, ("exclusion",), read_exclusion, claim)


def read_exclusion(claim: Parsed) -> Token | None:
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if i and tokens[i - 1].word.lower() in PASSIVE_AUXILIARIES:
            continue  # "were left out of the process": the party left out is the subject
        if word in EXCLUDING:
            return token
        if word in WITH_OUT and any(t.word.lower() == "out"
                                    for t in tokens[i + 1:i + 1 + OUT_REACH]):
            return token
    return None
