"""A claim's generic noun stated by the acronym of the body it stands for: "the UN mission
left" is stated by "after MINUSMA's departure" where the corpus spells MINUSMA out as "the
Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)". The noun heads the
acronym's long form (`bodies.Bodies.headed`), so a sentence naming the body by its acronym
names it by that noun too, as a sentence naming "the Mission" does.

Only a noun phrase that names no other body: its words before the noun, back to its
determiner, may be names only where they are the corpus's setting ("the Mali mission") or a
body the acronym belongs to ("the UN mission": "UN" opens "United Nations ... Mission in
Mali"); "the AU-ECOWAS mission" or "the EU training mission" is another mission, which the
acronym does not state.
"""
from __future__ import annotations

from .bodies import Bodies
from .compare import DETERMINERS
from .facts import Parsed, is_acronym

PHRASE_REACH = 4  # words between a noun and its determiner ("the UN peacekeeping mission")


def headed_terms(claim: Parsed, sentence: Parsed, bodies: Bodies,
                 background: set[str]) -> frozenset[str]:
    """The terms of the claim's generic nouns that head the long form of an acronym the
    sentence names, in a noun phrase naming no other body."""
    acronyms = [m.text for m in sentence.mentions if m.family == "name" and is_acronym(m.text)]
    if not acronyms:
        return frozenset()
    found: set[str] = set()
    for n, token in enumerate(claim.tokens):
        word = noun_of(token.word)
        if word is None or not token.terms:
            continue
        owners = phrase_names(claim, n)
        if owners is None:
            continue
        for acronym in acronyms:
            if word in bodies.heads_of(acronym) and all(
                    name in background or bodies.within(name, acronym) for name in owners):
                found.update(token.terms)
                break
    return frozenset(found)


def noun_of(word: str) -> str | None:
    """The lower-case noun as the long form's head would be written: possessives dropped
    ("mission's"); None for a capitalised word (a name of its own)."""
    for mark in ("'s", "’s"):
        if word.endswith(mark):
            word = word[:-len(mark)]
    return word if word.isalpha() and word.islower() else None


def phrase_names(claim: Parsed, n: int) -> list[str] | None:
    """The names among the words before the claim's n-th word back to its determiner (a
    determiner or possessive ending the phrase's first word); None when no determiner opens
    the phrase within `PHRASE_REACH` words, or a clause break comes first."""
    tokens = claim.tokens
    names = []
    for k in range(n - 1, max(-1, n - 1 - PHRASE_REACH), -1):
        if tokens[k + 1].brk:
            return None
        word = tokens[k].word
        if word.lower() in DETERMINERS:
            return names
        mention = next((m for m in claim.mentions if m.family == "name"
                        and m.start <= tokens[k].start < m.end), None)
        if mention is not None:
            names.append(mention.text)
        if word.endswith(("'s", "’s")):
            return names  # "Mali's mission": the owner opens the phrase
    return None

