"""A sentence that lists alternatives states none of them: "the review offered three options:
(1) to increase ...; (2) to maintain the current strength ...; or (3) to withdraw ...".

Each item of such a list is a possibility set beside the others, not what happened or what was
chosen. A claim that gives one of them as the fact ("the review recommended keeping the
mission at its current strength") is neither stated by the item it repeats nor contradicted by
the item beside it ("to withdraw" against "keep"); the sentence can only state what it says
outside the list (who offered it, when) or a claim that itself speaks of options.
"""
from __future__ import annotations

import re

from .facts import Parsed

# the last item of a list of alternatives: "or" after a clause break, with its enumerator
# ("; or (3) to withdraw", ", or to convert"), the item a verb's infinitive or enumerated
LAST_ITEM_RE = re.compile(r"[;,]\s+or\s+(?:\(\s*(?:\d+|[a-z]|[ivx]+)\s*\)\s+)?to\s+[a-z]",
                          re.IGNORECASE)
# where the list starts: a colon, or the first enumerator "(1)", "(a)", "(i)"
LIST_START_RE = re.compile(r":\s|\(\s*(?:1|a|i)\s*\)\s")
# a claim that speaks of alternatives itself, or hedges them
ALTERNATIVE_WORDS = frozenset(
    "or either whether options alternatives choices possibility possibilities scenarios "
    "could might may".split())
# one alternative, told as one among others ("an option", "one option"); "the option
# recommended" is the one chosen, which a list does not tell
ONE_OF = frozenset("option alternative choice scenario".split())
INDEFINITE = frozenset("a an one another".split())


def options_span(sentence: Parsed) -> int | None:
    """Where the sentence's list of alternatives starts, or None if it lists none."""
    last = LAST_ITEM_RE.search(sentence.text)
    if last is None:
        return None
    start = LIST_START_RE.search(sentence.text, 0, last.start())
    return start.start() if start else None


def one_option(claim: Parsed, sentence: Parsed) -> bool:
    """The sentence lists alternatives and the claim, which speaks of none, draws on the list:
    a word of the claim that the sentence states only inside it."""
    start = options_span(sentence)
    if start is None or speaks_of_alternatives(claim):
        return False
    before = {term for t in sentence.tokens if t.end <= start for term in t.terms}
    inside = {term for t in sentence.tokens if t.start >= start for term in t.terms}
    return any(set(t.terms) & inside and not set(t.terms) & before for t in claim.tokens)


def speaks_of_alternatives(claim: Parsed) -> bool:
    """The claim names alternatives ("three options", "or"), hedges ("could"), or tells one
    as one among others ("an option")."""
    words = [t.word.lower() for t in claim.tokens]
    # (as written in lower case: "May 2021" is a month)
    return any(w in ALTERNATIVE_WORDS and t.word[:1].islower()
               or w in ONE_OF and n and words[n - 1] in INDEFINITE
               for n, (w, t) in enumerate(zip(words, claim.tokens)))
