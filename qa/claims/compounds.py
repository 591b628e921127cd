"""A closed compound stated by its two words, and the other way: "the pullout of its troops" by
"its troops will pull out", "a takeover" by "took over", "the crackdown" by "cracked down".
English writes the noun of a phrasal verb as one word (or hyphenated: "pull-out"), so its stem
is not the verb's and no table links them; the two words next to each other in the sentence
(the verb in any form WordNet's endings or exception list give) spell it. `check.align`
counts the terms this returns as another form of the claim's words, like a derived form."""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import base_forms, irregular_base
from .facts import Parsed, Token, remembered

MIN_PART = 2  # letters of a particle: "up", "out", "down"
MAX_PARTICLE = 7  # "through"


def compound_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms the sentence states as a compound or as its two words."""
    found = set()
    # the claim's "pullout" / the sentence's "pull out": only where a claim word ends in one
    # of the sentence's particles (most sentences: none, and no pairs to spell)
    endings, particles = endings_of(claim), words_of(sentence, particles=True)
    # none of the sentence's particles ends a claim word (most pairs): no candidate, asked of
    # one remembered set before the view of every ending is intersected
    candidates = [] if particles.isdisjoint(ending_set(claim)) else [
        t for word in particles & endings.keys()
        for t in endings[word] if not set(t.terms) & sentence.terms]
    if candidates:
        spelled = pairs_of(sentence)
        for token in candidates:
            if token.word.lower() in spelled:
                found.update(token.terms)
    ours = pairs_of(claim)  # the claim's "pulled out" / the sentence's "the pullout"
    if ours:
        theirs = words_of(sentence, particles=False)
        for word, (a, b) in ours.items():
            if word in theirs and not set(a.terms + b.terms) <= sentence.terms:
                found.update(a.terms + b.terms)
    return frozenset(found)


def plain(token: Token) -> bool:
    return token.word.isalpha() and bool(token.terms)


def endings_of(claim: Parsed) -> dict[str, list[Token]]:
    """The claim's plain words by each ending a particle could be (MIN_PART to MAX_PARTICLE
    letters, a letter at least left before it), remembered on its parse like `pairs_of`."""
    def make():
        found = {}
        for token in claim.tokens:
            word = token.word.lower()
            if plain(token):
                for k in range(MIN_PART, min(MAX_PARTICLE, len(word) - 1) + 1):
                    found.setdefault(word[-k:], []).append(token)
        return found
    return remembered(claim, ("particle endings",), make)


def ending_set(claim: Parsed) -> frozenset[str]:
    """The endings of `endings_of`, as a set remembered on the claim's parse."""
    return remembered(claim, ("particle ending set",), lambda: frozenset(endings_of(claim)))


def words_of(text: Parsed, particles: bool) -> frozenset[str]:
    """The text's words without terms (`particles`: the stopwords a particle is among), or
    its plain words, remembered on its parse: a sentence meets claim after claim."""
    return remembered(text, ("compound words", particles), find_words_of, text, particles)


def find_words_of(text: Parsed, particles: bool) -> frozenset[str]:
    return frozenset(
        t.lower for t in text.tokens if (not t.terms if particles else plain(t)))


def pairs_of(text: Parsed) -> dict[str, tuple[Token, Token]]:
    """`spelled_pairs` of the text's words, remembered on its parse: a claim is aligned with
    every sentence of its passages, and a sentence with claim after claim."""
    return remembered(text, ("spelled pairs",), find_pairs_of, text)


def find_pairs_of(text: Parsed) -> dict[str, tuple[Token, Token]]:
    return spelled_pairs(text.tokens)


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
        for first in firsts(a.lower):
            found[first + b.lower] = (a, b)
    return found


@lru_cache(maxsize=8192)
def firsts(word: str) -> frozenset[str]:
    """The word and its base forms, regular or irregular ("took" -> take)."""
    irregular = irregular_base(word)
    return frozenset(base_forms(word) + ((irregular,) if irregular else ()))
