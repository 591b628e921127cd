"""A deed the sentence says did not happen until a date, told by the claim as done before it.

"The council did not approve the budget until March 2016" says when the budget was approved
(`facts.delayed`: the negation dates the deed, it does not deny it), and that it was not
approved before. Read as "approved the budget ... March 2016", it stated every word of "The
council approved the budget before March 2016" but the order word, which weighs nothing:
supported at 1.0. A claim that affirms the deed before the same date is in conflict with it.
A date of the claim other than the sentence's ("before April 2016") is left alone: the deed
may well have been done before a later date.
"""
from __future__ import annotations

from ..types import Conflict, ConflictKind
from .auxiliaries import AUXILIARY_WORDS
from .facts import NEGATIONS, UNTIL, Parsed, delayed, remembered
from .intervals import date_end, dates, word_before_date
from .vocabulary import Vocabulary

BEFORE = frozenset(("before", "prior"))
# the words of "did not", "were not" around the deed: no part of what was done
AUXILIARIES = AUXILIARY_WORDS


def before_undenied(claim: Parsed) -> bool:
    """The claim says "before" and denies nothing: `done_before`'s own test of the claim
    (remembered on its parse: asked for every sentence)."""
    return not claim.has_negation and remembered(claim, ("says before",), says_before, claim)


def says_before(claim: Parsed) -> bool:
    return any(t.word.lower() in BEFORE for t in claim.tokens)


def done_before(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim's "before DATE" against the sentence's "not ... until DATE" of a deed the
    claim names, as one relation conflict; [] for most pairs."""
    if not before_undenied(claim):
        return []
    theirs = remembered(sentence, ("delayed dates",), delayed_dates, sentence)
    if not theirs:
        return []
    groups = vocab.expand(set(claim.terms))
    for when in dates(claim):
        word = word_before_date(claim, when[0].start)
        if word is None or claim.tokens[word].word.lower() not in BEFORE:
            continue
        for start, deed, until, end, date in theirs:
            # the same date, and every word of the deed the claim's ("approve the budget")
            if date == tuple(when[1:]) and deed and all(
                    any(vocab.matches(t, claim.terms, groups) for t in token.terms)
                    for token in deed):
                return [Conflict(claim.text[claim.tokens[word].start:date_end(claim, when)],
                                 sentence.text[start:end], ConflictKind.RELATION,
                                 (until.start, until.end))]
    return []


def delayed_dates(sentence: Parsed):
    """(where the negation starts, the content words of the deed between it and "until", the
    "until" token, where the date after it ends, the date as (day, month, year)) for each
    "did not ... until DATE" of the sentence."""
    tokens, found = sentence.tokens, []
    for k, token in enumerate(tokens):
        word = token.lower
        if not (word in NEGATIONS or word.endswith(("n't", "n’t"))) or not delayed(tokens, k):
            continue
        u = next(j for j in range(k + 1, len(tokens)) if tokens[j].lower in UNTIL)
        deed = [t for t in tokens[k + 1:u] if t.terms and t.lower not in AUXILIARIES]
        for when in dates(sentence):
            if word_before_date(sentence, when[0].start) == u:
                found.append((token.start, deed, tokens[u], date_end(sentence, when),
                              tuple(when[1:])))
    return found
