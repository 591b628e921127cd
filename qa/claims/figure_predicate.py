"""A figure the sentence gives to another predicate: "The ferry line had carried 40 cars by
May" / "By May the line had lost 40 crossings, and over 300 cars had been carried".

A figure counts what its clause tells. A sentence that states the claim's figure only in
clauses holding none of the words the claim's own clause gives it (its verb, its nouns, its
adjectives, in any form or synonym) while another of its clauses states those words with a
figure of another value tells two tallies: the claim's figure counts something else (the lost
crossings), and the claim's predicate (the carried cars) has its own figure. Such a sentence
states each of the claim's words, yet does not state the claim. The counted noun just after
the claim's figure is left out of its words: it is what the two tallies may share ("40
ferries ... and 300 ferries").
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .clause_parts import FINITE
from .facts import Parsed, clause_bounds
from .vocabulary import Vocabulary

FIGURES = frozenset({"count", "percent", "amount"})


def figure_of_another(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """A figure of the claim the sentence states only in clauses without the claim's words
    for it, while a clause of the sentence with one of those words holds another figure of
    the same family: the claim's figure and that other figure (a mention, or the word "one"),
    or None."""
    values = {m.value for m in claim.mentions}  # another figure of the claim is no rival
    for figure in claim.mentions:
        if figure.family not in FIGURES:
            continue
        same = [m for m in sentence.mentions
                if m.family == figure.family and m.value == figure.value]
        if not same:
            continue
        words = predicate_terms(claim, figure)
        if not words:
            continue
        clauses = [clause_bounds(sentence, m.start, m.end) for m in same]
        if any(states_any(sentence, low, high, words, vocab) or not told(sentence, low, high)
               for low, high in clauses):
            continue
        for token in sentence.tokens:
            if not token.terms or any(low <= token.start < high for low, high in clauses) \
                    or not matches_any(token.terms, words, vocab):
                continue
            low, high = clause_bounds(sentence, token.start, token.end)
            if not told(sentence, low, high):
                continue
            other = next((m for m in sentence.mentions if m.family == figure.family
                          and m.value not in values and low <= m.start and m.end <= high),
                         None)
            if other is None and figure.family == "count" and 1 not in values:
                # "one" is no mention of the parse, yet a count of its clause
                other = next((t for t in sentence.tokens
                              if low <= t.start < high and t.lower == "one"), None)
            if other is not None:
                return figure, other
    return None


def exact(part) -> bool:
    """A figure with no bound ("40", "one"; not "over 300", "about 40"): one that gives the
    claim's predicate another figure, not a range the claim's may fall in."""
    return getattr(part, "bound", "") == ""


def told(sentence: Parsed, low: int, high: int) -> bool:
    """The clause has a finite verb (a tensed auxiliary, or a past form of a verb): it tells
    what its figure counts. A clause that only lists ("with only 40 ferries") leans on
    another clause's verb, which may be the claim's."""
    return any(low <= t.start < high and (t.lower in FINITE or t.lower.endswith("ed")
                                          and can_be_verb(t.lower))
               for t in sentence.tokens)


def next_word(text: Parsed, figure):
    return next((t for t in text.tokens if t.start >= figure.end), None)


def predicate_terms(claim: Parsed, figure) -> list[str]:
    """The terms of the words in the figure's clause of the claim, but for the figures and
    names themselves and the first word after the figure (the noun it counts)."""
    low, high = clause_bounds(claim, figure.start, figure.end)
    spans = [(m.start, m.end) for m in claim.mentions]
    terms: list[str] = []
    counted = False
    for token in claim.tokens:
        if token.start < low or token.end > high or not token.terms \
                or any(start <= token.start < end for start, end in spans):
            continue
        if token.start >= figure.end and not counted:
            counted = True
            if next_word(claim, figure) is token:
                continue  # the noun the figure counts ("nine are in decline": none)
        terms.extend(token.terms)
    return terms


def states_any(sentence: Parsed, low: int, high: int, words: list[str],
               vocab: Vocabulary) -> bool:
    return any(low <= t.start < high and t.terms and matches_any(t.terms, words, vocab)
               for t in sentence.tokens)


def matches_any(terms: tuple[str, ...], words: list[str], vocab: Vocabulary) -> bool:
    """One of the claim's words is a form (the same term) or a synonym of the token's."""
    own = set(terms)
    groups = vocab.expand(own)
    return any(vocab.matches(w, own, groups) for w in words)
