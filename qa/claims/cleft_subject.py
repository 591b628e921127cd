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

from .cause_reversed import CLEFT_RELATIVES, cleft_verb, deed_length, it_cleft, relations, side
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



def cleft_deed_unstated(claim: Parsed, sentence: Parsed, told: frozenset[str]) -> bool:
    """The claim is a pseudo-cleft whose deed ("what melted", "what is thinning") the sentence
    states in no form, and none of the sentence's ties of cause and effect
    (`cause_reversed.relations`) has the cleft's subject on one side and the deed's object on
    the other: "Warm rain is what is thinning the snowpack" by "The snowpack lies in the warm
    rain belt". The cleft asserts that its subject did the deed; a sentence naming the
    subject and the object side by side, with neither the deed nor a tie of cause between
    them, leaves the claim's point unsaid, and support weighed on the two sides' shared
    words reached it. A sentence that ties them in other words ("warm rain causes the
    thinning of the snowpack") keeps its reading, whichever way it ties them
    (`cause_reversed` reads the direction)."""
    subject, deed, done = remembered(claim, ("cleft deed",), cleft_deed, claim)
    if not deed or not deed.isdisjoint(told):
        return False
    return not any(cause & subject and effect & done or cause & done and effect & subject
                   for cause, effect in relations(sentence))


def cleft_deed(claim: Parsed) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The terms of the claim's cleft subject ("X is what drove Y", "It is X that drove Y"),
    of the verb of its deed (its last word: "driving" of "what is driving") and of the
    deed's object; all empty without a cleft."""
    words = [t.lower for t in claim.tokens]
    for i, word in enumerate(words):
        if word == "what" and cleft_verb(words, i):
            verb = i + deed_length(words, i + 1)
        elif word in CLEFT_RELATIVES and it_cleft(claim, words, i):
            verb = i + 1  # "It is X that drove Y": the same deed, its subject after "it is"
        else:
            continue
        return (side(claim, i, -1), frozenset(claim.tokens[verb].terms),
                side(claim, verb + 1, 1))
    return frozenset(), frozenset(), frozenset()
