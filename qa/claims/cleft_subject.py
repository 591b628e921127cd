"""A pseudo-cleft claim whose subject the sentence never states: "Sea spray is what seeded
the clouds" by "Dense clouds formed over the bay".

A pseudo-cleft ("X is what drove Y", "X were what brought on Y") puts its subject forward as
the one thing it asserts: that X, and nothing else, did the deed. Support weighs the share of
the claim's words the sentence states, and the deed and its object are most of a cleft's
words, so a sentence telling only what happened to Y, with no word of X, reached support
and the claim's point went unchecked. Withholds support only; where the sentence tells the
claim's cause as the effect, `cause_reversed` withholds it too.
"""
from __future__ import annotations

from .cause_reversed import cleft_verb, side
from .facts import Parsed, remembered
from .sequence import date_terms


def cleft_subject_unstated(claim: Parsed, told: frozenset[str]) -> bool:
    """The claim is a pseudo-cleft with a subject of content words (its dates aside), none of
    which the sentence states (`told`: every claim term it states, in any form); or none of
    the words of its head, before the subject's first "of" ("The thinning of the clouds is
    what cooled the bay" by "the clouds over the bay cooled it": the clouds are not the
    thinning)."""
    subject, head = remembered(claim, ("cleft subject",), cleft_subject, claim)
    return bool(subject) and subject.isdisjoint(told) or bool(head) and head.isdisjoint(told)


def cleft_subject(claim: Parsed) -> tuple[frozenset[str], frozenset[str]]:
    """The content terms of the subject before the claim's pseudo-cleft "be what", up to its
    clause's start, and of its head: its words before the first "of" (empty without one);
    both empty without a cleft."""
    words = [t.lower for t in claim.tokens]
    for i, word in enumerate(words):
        if word == "what" and cleft_verb(words, i):
            dates = date_terms(claim)
            subject = side(claim, i, -1) - dates
            start = i - 1  # the subject clause's first word
            while start > 0 and not claim.tokens[start].brk:
                start -= 1
            of = next((k for k in range(start, i) if words[k] == "of"), None)
            head = {term for token in claim.tokens[start:of or start] for term in token.terms}
            return subject, frozenset(head & subject)
    return frozenset(), frozenset()
