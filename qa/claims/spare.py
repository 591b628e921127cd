"""A sentence word said more often than the claim says it: one of its uses is spare.

A word of the sentence that is also a claim word is kept from paraphrasing another claim word
(`qa.claims.paraphrase`) or stating it as a kind of it (`qa.claims.general`): its one use
already states the claim's own word, and reading it twice would let a sentence state two claim
words with one ("providing security" is not also "gave jobs"). A sentence often says the word
twice, though, once as the claim does and once in the place of a reworded claim word
("ineffective in providing security ... the jobs it provides to locals" for "ineffective at
providing security ... the jobs it gave locals"); the second use is then free to state that
word, as any other sentence word would. Counted by terms (stems), over the whole claim and the
whole sentence: a use is spare only when the sentence holds more uses than the claim.
"""
from __future__ import annotations

from .facts import Parsed


def spare_use(claim: Parsed, sentence: Parsed, terms) -> bool:
    """Whether the sentence uses a word of `terms` (a sentence token's terms) more often than
    the claim does."""
    terms = frozenset(terms)
    if not terms:
        return False
    theirs = sum(1 for token in sentence.tokens if not terms.isdisjoint(token.terms))
    if theirs < 2:
        return False  # most words: said once, and that once is the claim's (the cheap case)
    ours = sum(1 for token in claim.tokens if not terms.isdisjoint(token.terms))
    return theirs > ours
