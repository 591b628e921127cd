"""The test for a verb's past form: one definition for every claim module that asks, and the
few documented derivations of it the modules read, so that they differ only where they say why.

- `past_verb_form`: a word that can be a verb, in a regular past or an irregular one WordNet's
  exception list gives ("deployed", "began").
- `past_form`: the same of a token's word as written, in any case.
- `past_shaped`: the shape alone, whether or not the word can be a verb, and with the
  irregular pasts that are words of their own (`wordnet.verb_base`: "kept", "left", "paid").
- `past_verb_form_or_own_word`: `past_shaped` of a word that can be a verb.
- `listed_or_regular_past`: `past_shaped`, a regular ending only of a word that can be a verb.
- `past_verb`: `past_verb_form` of an event, no auxiliary ("was", "had"): `check` and the
  clauses a claim joins (`clause_shares`) read it.

It imports nothing of `qa.claims`, so that the modules `facts` itself reads (`negation_scope`)
can import it too.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import can_be_verb, irregular_base, verb_base


def past_verb_form(word: str) -> bool:
    """A word (in lower case) that can be a verb in a past form: a regular one ("deployed") or
    one WordNet's exception list gives a base for ("began"); an irregular form of an adjective
    ("worse") is no verb, and no past form."""
    return can_be_verb(word) and (word.endswith("ed") or irregular_base(word) is not None)


def past_form(word: str) -> bool:
    """A token's word that is a verb in a past form: "interviewed", "Recalled", or an
    irregular one ("took"); no number or hyphened word."""
    word = word.lower()
    return word.isalpha() and past_verb_form(word)


def past_shaped(word: str) -> bool:
    """A word (in lower case) shaped as a past: the regular ending ("deployed", and "bed") or
    a form WordNet gives a base for (`verb_base`: "began", and the pasts that are words of
    their own, "kept", "left"). Whether the word can be a verb is the caller's question.
    (`verb_base` gives no empty base: its truth is its `is not None`.)"""
    return word.endswith("ed") or verb_base(word) is not None


def past_verb_form_or_own_word(word: str) -> bool:
    """`past_verb_form` with the irregular pasts that are words of their own ("kept",
    "paid", "left"): `past_shaped` of a word that can be a verb."""
    return can_be_verb(word) and past_shaped(word)


def listed_or_regular_past(word: str) -> bool:
    """A form WordNet gives a base for (`verb_base`: "withdrew", "left", an adjective's
    "worse" too) or a regular past of a word that can be a verb ("killed"): `past_shaped`,
    where only the regular ending asks whether the word is a verb."""
    return verb_base(word) is not None or word.endswith("ed") and can_be_verb(word)


@lru_cache(maxsize=1 << 16)  # asked of each word of each sentence a claim is aligned with
def past_verb(word: str) -> bool:
    """A past-tense verb of an event: "asked", "offered", or an irregular form WordNet knows
    ("took": =take); not an auxiliary ("was", "had"): "prices are rising and 2019 was the
    dearest year" is one state of things, stated whole or not, more often than two events."""
    word = word.lower()
    if not word.isalpha() or not can_be_verb(word):
        return False
    irregular = irregular_base(word)
    if irregular:
        return irregular not in AUXILIARIES
    return word.endswith("ed")


AUXILIARIES = ("be", "have", "do")
