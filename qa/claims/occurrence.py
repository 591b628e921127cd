"""An event the claim names by a noun and says happened, which the sentence tells by its verb.

An analyst writes "the expulsion of the inspector took place in 2021" for "the port authority
expelled the inspector in 2021": the event is a nominalisation ("expulsion", WordNet's
derivationally related form of "expel") and the clause's own verb only says that it happened
("took place", "occurred", "happened": WordNet's synset of "occur"), a fact the sentence
states by telling the event with its verb. So the verb of occurrence is stated when a word
before it, in the claim's subject, is a noun the sentence states only in another form
(`forms.derived_terms`: "expelled" for "expulsion"), never when the sentence names the event
by the noun itself ("the expulsion was postponed" tells of the event, not that it happened).
`check.align` counts the terms this returns as stated, for support only.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import actor_noun, base_forms, can_be_verb, derived_forms, irregular_base, synonyms
from .facts import Parsed, Token, remembered

EVENT = "occur"  # its first-sense synonyms: happen, take place, come about ...


@lru_cache(maxsize=1)
def occurrence_verbs() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The verbs of occurrence, one word (a synonym of "occur" whose own first sense is
    occurring: "happen", not "pass") and two ("take place", "come about")."""
    words = {EVENT} | {w for w in synonyms(EVENT) if " " not in w and EVENT in synonyms(w)}
    phrases = {tuple(w.split()) for w in synonyms(EVENT) if len(w.split()) == 2}
    return frozenset(words), frozenset(phrases)


def verb_forms(word: str) -> tuple[str, ...]:
    """What a verb form may be the base of ("took": take; "occurred": occurred, occurr,
    occur)."""
    word = word.lower()
    irregular = irregular_base(word)
    return (irregular,) if irregular else base_forms(word)


def occurrences(claim: Parsed) -> list[tuple[int, int]]:
    """The token spans (first, last) of the claim's verbs of occurrence: the claim's alone,
    remembered on its parse (asked again for every sentence stating a derived form of a claim
    word, `occurred_terms`; round 52: ~1% of a batch's time, worked out each time)."""
    return remembered(claim, ("occurrences",), occurrence_spans, claim)


def occurrence_spans(claim: Parsed) -> list[tuple[int, int]]:
    """`occurrences`, worked out."""
    words, phrases = occurrence_verbs()
    tokens, found = claim.tokens, []
    for i, token in enumerate(tokens):
        if not token.word.isalpha():
            continue
        forms = verb_forms(token.word)
        if words.intersection(forms):
            found.append((i, i))
        elif i + 1 < len(tokens) and not tokens[i + 1].brk \
                and any((form, tokens[i + 1].word.lower()) in phrases for form in forms):
            found.append((i, i + 1))
    return found


def event_noun(token: Token) -> bool:
    """A noun with a verb among its derived forms ("expulsion": expel), not one of a person or
    a group ("inspector": inspect)."""
    word = token.word
    return word.isalpha() and word.islower() and not word.endswith("ed") \
        and actor_noun(word) is None and any(can_be_verb(form) for form in derived_forms(word))


def occurred_terms(claim: Parsed, derived: frozenset[str]) -> frozenset[str]:
    """The terms of the claim's verb of occurrence when its subject has an event noun that the
    sentence states only in another form (`derived`: the claim's terms `forms.derived_terms`
    found)."""
    if not derived:
        return frozenset()
    for first, last in occurrences(claim):
        if any(event_noun(t) and t.terms and t.terms[0] in derived
               for t in claim.tokens[:first]):
            return frozenset(t for token in claim.tokens[first:last + 1] for t in token.terms)
    return frozenset()
