"""Expectations and hedges: a sentence that says something is expected, not that it
happened, and a claim that is itself a forecast or a belief (`check.rest_needed`, and the
support veto of an expectation in `vetoes`).
"""
from __future__ import annotations

from ..search.wordnet import MODALS
from .auxiliaries import AUXILIARY_WORDS
from .facts import Parsed

EXPECTATIONS = frozenset("expected likely unlikely".split())
HEDGES = frozenset("probably possibly assume assumes believe believes think thinks expect expects "
                   "predict predicts predicted suggest suggests".split())


# the words that make "expected" the standard a fact is measured against: "far colder than
# expected", "than had been expected", "as expected, the vote passed" state the fact, and
# what was expected only as its measure ("as likely as" is still an expectation)
STANDARDS = frozenset(("than", "as"))
STANDARD_OF = "expected"


def expects(sentence: Parsed) -> bool:
    """The sentence says something is expected, not that it happened ("the Guild is
    expected to settle the pilots' fees"); "expected" after "than" or "as" is the standard
    of a fact the sentence states ("was far colder than expected", `standard`)."""
    return any(t.lower in EXPECTATIONS and not standard(sentence, k)
               for k, t in enumerate(sentence.tokens))


def standard(text: Parsed, k: int) -> bool:
    """The text's word `k` is "expected" after "than" or "as", past auxiliaries ("than had
    been expected"): the measure of a fact, no expectation of it."""
    tokens = text.tokens
    if tokens[k].lower != STANDARD_OF:
        return False
    while k and tokens[k - 1].lower in AUXILIARY_WORDS:
        k -= 1
    return bool(k) and tokens[k - 1].lower in STANDARDS


def hedged(claim: Parsed) -> bool:
    """The claim is itself a forecast or a belief ("will", "may", "assume"): an expectation
    may state it."""
    return any(t.word.lower() in MODALS or t.word.lower() in HEDGES for t in claim.tokens)


def likewise_expected(claim: Parsed, sentence: Parsed) -> bool:
    """The claim says how likely something is, and the sentence says it with the same word
    and degree ("was held more likely as the strike went on" / "the longer the strike
    lasts, the more likely that ..."): the expectation is the claim's fact. "Less likely"
    against "more likely" is another fact, and so is a bare "likely" against "more likely"."""
    mine = likelihoods(claim)
    return bool(mine) and mine <= likelihoods(sentence)


def likelihoods(text: Parsed) -> set[tuple[str, str]]:
    """Each expectation word of the text ("likely", "expected") with the word before it when
    that word grades it ("more", "less", "most", "least", "very"), else ""."""
    tokens, found = text.tokens, set()
    for i, token in enumerate(tokens):
        word = token.word.lower()
        if word in EXPECTATIONS:
            before = tokens[i - 1].word.lower() if i else ""
            found.add((before if before in GRADES else "", word))
    return found


GRADES = frozenset("more less most least very highly".split())  # words that grade "likely"
