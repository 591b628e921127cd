"""The consequence a claim draws from its main statement, in a clause at its end (", which made
the work easier", ", so language was no barrier", ", making the task harder", ", thereby ...").

A sentence that states the main statement the other way round contradicts the claim however
it tells the consequence: it is most often reversed too ("Most people there speak English,
which made the work easier" / "Relatively few people there speak English, complicating the
work"), and its words are then no words the sentence can share. For the rest of a conflicting
sentence (`check.align`), the consequence's own words are left out when the conflict is in the
main statement; a conflict in the consequence itself still needs the whole claim.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .auxiliaries import BE, HAVE
from .facts import Parsed, remembered

# words that open a clause of consequence after a comma
OPENERS = frozenset("so thus thereby hence making leaving forcing allowing enabling causing "
                    "prompting".split())
DESCRIPTIVE = BE | HAVE  # ", which was"


def consequence_terms(claim: Parsed) -> frozenset[str]:
    """`closing_terms`, remembered on the claim's parse: the rest of every sentence asks it."""
    return remembered(claim, ("consequence",), closing_term_set, claim)


def closing_term_set(claim: Parsed) -> frozenset[str]:
    return frozenset(closing_terms(claim))


def closing_terms(claim: Parsed) -> set[str]:
    """The terms of the claim's closing clause of consequence that its main statement does not
    have; empty without one. The clause opens after a comma with `OPENERS` or with "which"
    and a verb other than "be" or "have" (", which was deployed in 2013" describes a noun),
    and runs to the end of the claim, after a main statement with a verb."""
    tokens = claim.tokens
    for k, token in enumerate(tokens):
        if not token.brk or k < 2 or claim.text[tokens[k - 1].end:token.start].strip() != ",":
            continue
        word = token.word.lower()
        following = tokens[k + 1].word.lower() if k + 1 < len(tokens) else ""
        if not (word in OPENERS or word == "which" and following not in DESCRIPTIVE
                and can_be_verb(following)):
            continue
        if any(t.brk for t in tokens[k + 1:]) or not any(can_be_verb(t.word)
                                                         for t in tokens[:k]):
            return set()
        before = {term for t in tokens[:k] for term in t.terms}
        return {term for t in tokens[k:] for term in t.terms} - before
    return set()
