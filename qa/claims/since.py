"""A beginning told by "since": "has been fighting in the north since December 2021" says when
the fighting started, as "started fighting in the north in 2022" does (with another date).

The verbs of beginning ("start", "begin", "commence") are a closed class of aspect, not a
topic's words: a sentence that dates a state by "since" and a date states the claim's verb of
beginning for the rest of a conflicting sentence (`check.align`), never for support (the
sentence need not say the fighting began then: only that it has gone on since).
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .facts import DATE_FAMILIES, Parsed, last_words, remembered
from .vocabulary import Vocabulary

BEGIN = frozenset(("start", "begin", "commence"))


def begun_since(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's verbs of beginning, when the sentence gives a date after
    "since"."""
    begun = begun_terms(claim, vocab)
    if not begun:  # most claims: no sentence is read
        return begun
    if "since" not in sentence.text.lower():
        return frozenset()
    dated = any(m.family in DATE_FAMILIES and last_words(sentence.text, m.start, 1) == ["since"]
                for m in sentence.mentions)
    return begun if dated else frozenset()


def begun_terms(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """`beginning_terms`, remembered on the claim's parse."""
    return remembered(claim, ("begun", vocab), beginning_terms, claim, vocab)


def beginning_terms(claim: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """The terms of the claim's verbs of beginning: the claim's alone, remembered on its parse
    (`begun_since` asks for them with every sentence)."""
    stems = {t for word in BEGIN for t in vocab.analyzer.terms(word)}
    return frozenset(term for token in claim.tokens
                     if verb_base(token.word.lower()) in BEGIN or set(token.terms) & stems
                     for term in token.terms)
