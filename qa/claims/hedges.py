"""The adjective of "as ADJ as", stated by the figure it bounds or the noun of its measure.

The words of a figure's hedge, stated with the figure: "as long as four weeks", "as many as
300 people", "as high as 5%" bound the figure from above as "up to four weeks" does. The
adjective between the two "as" is the measure the figure is of (length, number, height), not a
fact besides it: a sentence that states the figure ("up to four weeks", "four weeks") states
it, as `forms.figure_terms` lets a figure's own words be written otherwise. `check.align`
counts the terms this returns as stated, for support only."""
from __future__ import annotations

from ..search.wordnet import attributes
from .compare import Comparison
from .facts import Parsed, Token, remembered

HEDGE = "as"
FIGURES = ("count", "percent", "amount")  # quantities; a date is not "as long as" anything


def hedge_terms(claim: Parsed, found: Comparison) -> frozenset[str]:
    """The terms of the adjective of each "as ADJ as FIGURE" whose figure the sentence states
    (`found.stated`)."""
    tokens = claim.tokens
    starts = {claim.mentions[n].start for n in found.stated
              if claim.mentions[n].family in FIGURES}
    if not starts:
        return frozenset()
    terms = set()
    for i in range(len(tokens) - 3):
        first, word, second, figure = tokens[i:i + 4]
        if first.word.lower() == HEDGE and second.word.lower() == HEDGE and word.terms \
                and word.word.isalpha() and figure.start in starts \
                and not (word.brk or second.brk or figure.brk):
            terms.update(word.terms)
    return frozenset(terms)


def measured_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the adjective of each "as ADJ as" of the claim that the sentence states by
    the noun of the quality it measures, as "the NOUN of": "three times as large as Germany"
    / "three times the size of Germany", "as long as a football pitch" / "the length of a
    football pitch" (WordNet's attributes, `tools/wordnet_attributes.py`)."""
    terms = set()
    for word, nouns in comparisons(claim):
        if not set(word.terms) & sentence.terms and measured(sentence, nouns):
            terms.update(word.terms)
    return frozenset(terms)


def comparisons(claim: Parsed) -> tuple[tuple[Token, frozenset[str]], ...]:
    """The adjective of each "as ADJ as" of the claim that has attributes, with them;
    remembered on its parse: a claim meets many sentences."""
    tokens = claim.tokens
    return remembered(claim, ("as adjective as",), lambda: tuple(
        (word, attributes(word.word.lower()))
        for first, word, second in zip(tokens, tokens[1:], tokens[2:])
        if first.word.lower() == HEDGE and second.word.lower() == HEDGE and word.terms
        and word.word.isalpha() and not (word.brk or second.brk)
        and attributes(word.word.lower())))


def measured(sentence: Parsed, nouns: frozenset[str]) -> bool:
    """The sentence says "the NOUN of" for one of `nouns`."""
    tokens = sentence.tokens
    return any(a.lower == "the" and b.lower in nouns and c.lower == "of"
               and not (b.brk or c.brk) for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


# adverbs that say a figure is exact, as a bare figure already is ("exactly three options");
# after a hedge ("almost exactly") the figure is approximate, and the word is left a fact
EXACT = frozenset(("exactly", "precisely"))
HEDGED_EXACT = frozenset(("almost", "nearly", "roughly", "not", "approximately"))


def exact_terms(claim: Parsed, found: Comparison) -> frozenset[str]:
    """The terms of "exactly" ("precisely") right before a figure of the claim that the
    sentence states as exactly, without a bound of its own ("three options"): the word marks
    the exactness the sentence's bare figure has, it is no fact besides it (read as an adverb
    of the verb before it, "offered exactly three", it kept the claim from support). For
    support only: `check.align` counts these terms as stated."""
    tokens = claim.tokens
    exact = {claim.mentions[n].start for n, theirs in found.stated.items()
             if claim.mentions[n].family in FIGURES and not claim.mentions[n].bound
             and not theirs.bound}
    if not exact:
        return frozenset()
    terms = set()
    for i in range(len(tokens) - 1):
        word, figure = tokens[i], tokens[i + 1]
        if word.word.lower() in EXACT and figure.start in exact and not figure.brk \
                and not (i and tokens[i - 1].word.lower() in HEDGED_EXACT):
            terms.update(word.terms)
    return frozenset(terms)
