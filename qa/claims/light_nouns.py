"""A light verb whose event noun carries the claim's deed: "gave its authorization" says
"authorized", "made a request" says "requested"; the verb itself says next to nothing.

A claim's words are weighed by their idf (`check.claim_weights`), and what the retrieved
passages seldom state is its point (`check.point_weights`). "gave" in "the council gave its
authorization in April" is a rare word of the claim, which no sentence telling that the
council "authorized" it states: weighed as a word of the claim's own, it kept such a sentence
below the support bar, and a sentence stating the same event in other words lost to its
weight. The noun after it is the deed (its verb "authorize" is stated by the sentence's
"authorized", `forms.derived_terms`), so the light verb gets no weight of its own, as the words
attributing a claim to an unnamed source get none.

The light verbs are read from WordNet: the verbs it most often joins with a bare noun into
one verb of two words ("take part", "give birth", "make love": `wordnet_verb_nouns.txt`),
LIGHT_ROWS or more such lemmas each (take, give, make). The noun is an event noun
(`occurrence.event_noun`: a noun with a verb among its derived forms, not one of a person),
right after the verb or after at most GAP determiners and adjectives ("gave its formal
approval"). A verb the claim says elsewhere keeps its weight there.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..search.wordnet import adjectives, adverbs, base_forms
from .facts import DETERMINERS, Parsed, Token, remembered
from .light_verbs import verb_nouns
from .occurrence import event_noun
from .particles import verb_bases
from .verb_position import PREPOSITIONS

LIGHT_ROWS = 5  # WordNet's two-word verbs a light verb opens, at least
GAP = 2  # determiners and adjectives between the light verb and its noun, at most


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """The verbs opening LIGHT_ROWS or more of WordNet's verbs of a verb and a bare noun."""
    counts = Counter(verb for verb, _ in verb_nouns())
    return frozenset(verb for verb, n in counts.items() if n >= LIGHT_ROWS)


def light_places(claim: Parsed) -> frozenset[int]:
    """The places of the claim's light verbs before their event nouns; remembered on the
    parse (asked once a claim, but a batch may check one claim text twice)."""
    return remembered(claim, ("light verbs",), find_light, claim)


def find_light(claim: Parsed) -> frozenset[int]:
    tokens, light = claim.tokens, light_verbs()
    return frozenset(i for i, token in enumerate(tokens)
                     if token.word.isalpha()
                     and not verb_bases(token.word.lower()).isdisjoint(light)
                     and noun_after(tokens, i) is not None)


def noun_after(tokens: list[Token], i: int) -> Token | None:
    """The event noun the i-th word governs in its clause, past at most GAP determiners and
    adjectives, or None; none where a complement follows the noun ("made civilian
    protection even harder": the verb makes its object so, a deed of its own)."""
    for k in range(i + 1, min(i + GAP + 2, len(tokens))):
        token = tokens[k]
        if token.brk:
            return None
        if event_noun(token):
            return None if complemented(tokens, k) else token
        word = token.word.lower()
        if word not in DETERMINERS and word not in adjectives():
            return None
    return None


def complemented(tokens: list[Token], k: int) -> bool:
    """An adjective follows the k-th word in its clause, right after it or after one word
    of degree ("even", "more"): the noun is the object of a causative "make" ("made the
    crossing safer", "made protection even harder"), not the deed itself."""
    for after in tokens[k + 1:k + 3]:
        if after.brk:
            return False
        word = after.word.lower()
        if any(form in adjectives() for form in base_forms(word)):
            return True
        if word in PREPOSITIONS or word not in adverbs() and word != "more":
            return False
    return False
