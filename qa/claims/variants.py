"""British and American spellings of one word ("centres" / "centers", "stabilising" /
"stabilizing", "favouring" / "favoring", "defence" / "defense").

The stemmer leaves most pairs apart ("centr" / "center", "stabilis" / "stabil"), and a claim
written in one spelling meets sources in the other. A claim word is stated here by the
sentence's word in the other spelling, made by the regular correspondences (-our / -or,
-tre / -ter, -ise / -ize, -yse / -yze, -ence / -ense), each applied to the word's ending only
(so "four" and "tour" are left alone: a word of five letters at least for -our). A rule that
makes no word is harmless: the variant counts only where the sentence writes it. For support
only (`check.align`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .facts import Parsed, remembered, word_terms
from .vocabulary import Vocabulary

# (pattern on the word's ending, replacement): British to American, then American to British
SUFFIXES = r"(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|ism|ist|ists)?$"
RULES = tuple((re.compile(pattern), replacement) for pattern, replacement in (
    (r"(?<=\w{2})our(?=%s)" % SUFFIXES, "or"),
    (r"(?<=\w{2})tre(?=(s|d)?$)", "ter"),
    (r"(?<=\w{3})is(?=(e|es|ed|ing|ation|ations|er|ers)$)", "iz"),
    (r"(?<=\w)ys(?=(e|es|ed|ing)$)", "yz"),
    (r"(?<=\w{2})ence(?=s?$)", "ense"),
    (r"(?<=\w{2}[^aeiou])or(?=%s)" % SUFFIXES, "our"),
    (r"(?<=\w{2})ter(?=(s|ed)?$)", "tre"),
    (r"(?<=\w{3})iz(?=(e|es|ed|ing|ation|ations|er|ers)$)", "is"),
    (r"(?<=\w)yz(?=(e|es|ed|ing)$)", "ys"),
    (r"(?<=\w{2})ense(?=s?$)", "ence"),
))
MIN_OUR = 5  # "four", "tour", "hour", "your": no spelling of another word


def variant_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The claim's terms whose word the sentence writes in the other spelling."""
    return frozenset(term for term, others in claim_variants(claim, vocab)
                     if term not in sentence.terms and not others.isdisjoint(sentence.terms))


def claim_variants(claim: Parsed, vocab: Vocabulary) -> tuple[tuple[str, frozenset[str]], ...]:
    """(term, the terms of the word's other spellings) of each claim word that has one:
    remembered on the claim's parse."""
    return remembered(claim, ("spelling variants", vocab), find_claim_variants, claim, vocab)


def find_claim_variants(claim: Parsed, vocab: Vocabulary
                        ) -> tuple[tuple[str, frozenset[str]], ...]:
    found = []
    for token in claim.tokens:
        if len(token.terms) != 1 or not token.word.isalpha():
            continue
        others = frozenset(t for v in respelled(token.word.lower())
                           for t in word_terms(v, vocab)) - set(token.terms)
        if others:
            found.append((token.terms[0], others))
    return tuple(found)


def spellings(word: str) -> list[str]:
    """The word's other spellings by `RULES` (most words have none)."""
    return list(respelled(word))


@lru_cache(maxsize=8192)  # asked of each word of every claim: a batch's claims share words
def respelled(word: str) -> tuple[str, ...]:
    """`spellings`, remembered (each rule's pattern tried on the word once a process)."""
    found = []
    for pattern, replacement in RULES:
        if replacement in ("or", "our") and len(word) < MIN_OUR:
            continue
        other = pattern.sub(replacement, word, count=1)
        if other != word:
            found.append(other)
    return tuple(found)
