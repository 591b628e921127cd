"""A change told as a multiple ("doubled", "tripled", "halved", "fell fourfold", "was cut in
half"), read against the two ends a sentence gives ("rose from 15,000 in 2019 to 30,000 in
2023").

The claim gives no figure, so the figure readers see nothing to compare: "The number of ferry
passengers tripled from 2019 to 2023" was supported by a sentence whose two ends make a
doubling. The ratio of the sentence's end to its start is the multiple the claim says (within
SLACK of it) or a conflict of numbers. The words of a multiplying change are a closed class:
the verbs that multiply ("double", "triple", "treble", "quadruple", "halve", by their base
form) and "N-fold" or "in half" after a verb of rise or fall (`wordnet.scale_direction`).
"""
from __future__ import annotations

import re

from ..search.wordnet import base_forms, scale_direction, verb_base
from ..text.spoken import number_value
from ..types import Conflict, ConflictKind
from .facts import Mention, Parsed, remembered
from .tallies import AMOUNTS
from .vocabulary import Vocabulary

MULTIPLYING = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
FOLD_RE = re.compile(r"\b(?P<count>[a-z]+|\d+)-?fold\b", re.IGNORECASE)
HALF_RE = re.compile(r"\b(?:in|by)\s+half\b", re.IGNORECASE)
SLACK = 0.15  # how far the ends' ratio may be from the multiple: 15,000 to 30,000 is "doubled"
# the words between a change's two ends: "from 15,000 in 2019 to 30,000", "from 24 tugs to 12"
ENDS_RE = re.compile(r"^\s*(?:\w+\s+)?(?:in\s+\d{4}\s+)?to\s*$", re.IGNORECASE)


def multiple_against_ends(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """The claim's multiple that the sentence's two ends do not make, as a conflict."""
    read = change_multiple_read(claim, sentence, vocab)
    return [read] if isinstance(read, Conflict) else []


def multiple_terms(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> frozenset[str]:
    """For support: the terms of the claim's multiple ("doubled") that the ends state."""
    read = change_multiple_read(claim, sentence, vocab)
    return read if isinstance(read, frozenset) else frozenset()


def change_multiple_read(claim: Parsed, sentence: Parsed, vocab: Vocabulary):
    """The terms of the claim's words of the multiple, which the sentence's ends state, or
    the conflict with them; None when either side has nothing to read."""
    said = remembered(claim, ("change multiple",), change_multiple, claim)
    if said is None:
        return None
    ends = change_ends(sentence)
    if ends is None or not float(ends[0].value):
        return None
    factor, (start, end) = said
    first, last = ends
    ratio = float(last.value) / float(first.value)
    words = claim.text[start:end]
    if abs(ratio - factor) <= SLACK * factor:
        return frozenset(vocab.analyzer.terms(words))
    return Conflict(words, f"from {first.text} to {last.text}", ConflictKind.NUMBER,
                    (last.start, last.end))


def change_multiple(claim: Parsed) -> tuple[float, tuple[int, int]] | None:
    """(the factor, the span of its words) of a claim that tells a change as a multiple, with
    no figure of its own (a claim's figures are read by the figure readers)."""
    found = multiple_words(claim)
    if found is None or any(m.family in AMOUNTS and not m.unit
                            and not found[1][0] <= m.start < found[1][1]
                            for m in claim.mentions):
        return None  # "halved" is read as a fraction of its own: no other figure but a span
        # of time ("over five years")
    return found


def multiple_mentions(claim: Parsed) -> tuple[Mention, ...]:
    """The claim's figures inside its words of the multiple ("halved": a fraction)."""
    said = remembered(claim, ("change multiple",), change_multiple, claim)
    if said is None:
        return ()
    start, end = said[1]
    return tuple(m for m in claim.mentions if start <= m.start < end)


def multiple_words(claim: Parsed) -> tuple[float, tuple[int, int]] | None:
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        word = token.word.lower()
        base = verb_base(word) or next((b for b in base_forms(word) if b in MULTIPLYING), None)
        if base in MULTIPLYING and word != base:  # "doubled", "halved": the verb, not "double"
            return MULTIPLYING[base], (token.start, token.end)
        way = scale_direction(word)
        if not way:
            continue
        rest = claim.text[token.end:]
        fold = FOLD_RE.match(rest.lstrip())
        if fold:
            count = fold["count"].lower()
            n = float(count) if count.isdigit() else number_value([count])
            if n and n > 1:
                end = token.end + len(rest) - len(rest.lstrip()) + fold.end()
                return (n if way > 0 else 1 / n), (token.start, end)
        half = HALF_RE.match(rest.lstrip())
        if half and way < 0:
            end = token.end + len(rest) - len(rest.lstrip()) + half.end()
            return 0.5, (token.start, end)
    return None


def change_ends(sentence: Parsed) -> tuple[Mention, Mention] | None:
    """The start and end of a change the sentence gives ("from 15,000 in 2019 to 30,000"):
    two figures of one family, the first after "from", nothing but a date between them and
    "to"; the sentence's alone, remembered on its parse."""
    def make():
        figures = [m for m in sentence.mentions if m.family in AMOUNTS]
        for a, b in zip(figures, figures[1:]):
            if a.family == b.family and sentence.text[:a.start].rstrip().lower().endswith("from") \
                    and ENDS_RE.match(sentence.text[a.end:b.start]):
                return a, b
        return None
    return remembered(sentence, ("change ends",), make)
