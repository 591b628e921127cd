"""A claim's opening "After the 2014 mandate," stated by the paragraph a sentence goes on from.

Reports date an event once and tell its outcome in a later sentence that opens on a connective
of consequence: "Hence, on 25 June 2014 the Council renewed and amended the mandate ...
Notably, it requested the mission to expand ... As a result, over 80 per cent of all staff are
now based in the north." A claim "Following the 2014 mandate, more than 80 per cent of all
staff were based in the north" puts the outcome after the dated thing; the outcome's sentence
says so by its "As a result", and the paragraph dates the thing. So the claim's opening
adjunct of time after (never before) a thing with its year is stated by such a sentence when
the nearest sentence before it in its passage to mention a year gives that year and every word
of the thing; the sentence itself must give no year (it would date its own event).
"""
from __future__ import annotations

import re

from ..text.sentences import split_sentences
from .facts import Mention, Parsed, word_terms
from .vocabulary import Vocabulary

# "After the 2014 mandate,", "Following the 2014 mandate change,", "In the wake of the 2019 ..."
AFTER_RE = re.compile(r"\s*(After|Following|In the wake of)\s+(?:the\s+)?(\d{4})\s+"
                      r"([a-z]+(?:\s+[a-z]+){0,2})\s*,")
# a sentence that tells the outcome of what its paragraph told before it
CONSEQUENCE_RE = re.compile(r"\W*(?:As a (?:result|consequence)|Consequently|Hence|Thus|"
                            r"Therefore|Accordingly)\b")


def resulting_adjunct(claim: Parsed, found, sentence: Parsed, passage: Parsed,
                      vocab: Vocabulary) -> tuple[int, frozenset[str], str] | None:
    """(the claim's year mention number, the adjunct's terms, the dated sentence's words that
    state it) when the claim opens on an adjunct after a dated thing that the sentence leaves
    to its paragraph as above; None otherwise."""
    match = AFTER_RE.match(claim.text)
    if match is None or not CONSEQUENCE_RE.match(sentence.text) \
            or any(m.family == "year" for m in sentence.mentions):
        return None
    n = next((k for k, m in enumerate(claim.mentions) if m.family == "year"
              and m.start == match.start(2) and not m.bound), None)
    if n is None or not any(m is claim.mentions[n] for m in found.unstated):
        return None
    dated = dated_before(sentence, passage)
    if dated is None:
        return None
    text, years = dated
    thing = frozenset(word_terms(match.group(3), vocab))
    if not any(y.value == claim.mentions[n].value for y in years) \
            or not thing <= frozenset(word_terms(text, vocab)):
        return None
    terms = frozenset(word_terms(claim.text[match.start(1):match.end(3)], vocab))
    return n, terms, text


def dated_before(sentence: Parsed, passage: Parsed) -> tuple[str, list[Mention]] | None:
    """The nearest sentence before `sentence` in its passage to mention a year, with its
    years; None when none does."""
    at = passage.text.find(sentence.text)
    if at <= 0:
        return None
    for start, end in reversed(split_sentences(passage.text[:at])):
        years = [m for m in passage.mentions if m.family == "year" and start <= m.start < end]
        if years:
            return passage.text[start:end], years
    return None
