"""A name owning the noun of a reference event: "three days after the Ivorian announcement",
"following Mali's request". Such a phrase dates the claim's event by another one; its owner
is that other event's actor, not the claim's. A sentence giving the same noun (or its verb:
"the UK announced") to the claim's main actor tells the claim's own event, which is no swap
of owners (`opposition.owner_swapped`)."""
from __future__ import annotations

from .facts import Mention, Parsed

# prepositions that place one event in time by another
TIME_PREPOSITIONS = frozenset("after before following since until till preceding "
                              "amid upon".split())
OPENERS = frozenset("the a an".split())  # what may stand between the preposition and the name


def in_time_phrase(text: Parsed, name: Mention) -> bool:
    """The name opens the object of a preposition of time ("after Ivorian announcement",
    "following the Malian request"), a determiner between at most."""
    first = next((t for t in text.tokens if t.start >= name.start), None)
    before = [t for t in text.tokens if t.end <= name.start][-2:]
    if first is None or first.brk:
        return False
    if before and before[-1].word.lower() in OPENERS and not before[-1].brk:
        before = before[:-1]
    return bool(before) and before[-1].word.lower() in TIME_PREPOSITIONS


def reference_owner(claim: Parsed, name: Mention, rival: Mention, named_in_claim) -> bool:
    """The claim's name owns a reference event's noun (`in_time_phrase`) and the sentence
    gives that noun to a name the claim names elsewhere (`named_in_claim(rival)`): the
    sentence tells the claim's main event, its actor the claim's own."""
    return in_time_phrase(claim, name) and named_in_claim(rival)

