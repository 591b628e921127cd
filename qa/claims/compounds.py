"""A closed compound stated by its two words, and the other way: "the pullout of its troops" by
"its troops will pull out", "a takeover" by "took over", "the crackdown" by "cracked down".
English writes the noun of a phrasal verb as one word (or hyphenated: "pull-out"), so its stem
is not the verb's and no table links them; the two words next to each other in the sentence
(the verb in any form WordNet's endings or exception list give) spell it. `check.align`
counts the terms this returns as another form of the claim's words, like a derived form."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, irregular_base
from .facts import Parsed, Token

MIN_PART = 2  # letters of a particle: "up", "out", "down"


def compound_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms the sentence states as a compound or as its two words."""
    found = set()
    mine = {t.word.lower(): t for t in claim.tokens if plain(t)}
    theirs = {t.word.lower(): t for t in sentence.tokens if plain(t)}
    for word, token in mine.items():  # the claim's "pullout" / the sentence's "pull out"
        if not set(token.terms) & sentence.terms and word in spelled(sentence.tokens):
            found.update(token.terms)
    for word, (a, b) in spelled_pairs(claim.tokens).items():  # "pulled out" / "the pullout"
        if word in theirs and not set(a.terms + b.terms) <= sentence.terms:
            found.update(a.terms + b.terms)
    return frozenset(found)


def plain(token: Token) -> bool:
    return token.word.isalpha() and bool(token.terms)


def spelled(tokens: list[Token]) -> set[str]:
    return set(spelled_pairs(tokens))


def spelled_pairs(tokens: list[Token]) -> dict[str, tuple[Token, Token]]:
    """Each compound a word and the particle after it spell (the word in its base forms),
    with them. The particle is a word without terms (the analyzer's stopwords: "out", "up",
    "over", "down", "off"): a phrasal verb's, not a second noun ("wedding party" is no
    compound "weddingparty")."""
    found = {}
    for a, b in zip(tokens, tokens[1:]):
        if b.brk or b.terms or not a.terms or not a.word.isalpha() or not b.word.isalpha() \
                or len(b.word) < MIN_PART or b.start - a.end > 1:  # next, one space apart
            continue
        for first in firsts(a.word.lower()):
            found[first + b.word.lower()] = (a, b)
    return found


@lru_cache(maxsize=8192)
def firsts(word: str) -> frozenset[str]:
    """The word and its base forms, regular or irregular ("took" -> take)."""
    irregular = irregular_base(word)
    return frozenset(base_forms(word) + ((irregular,) if irregular else ()))
