"""Answer extraction: the sentence of the top passages that best answers the question.

A sentence is scored by the idf-weighted share of the question's terms it covers, plus a
bonus when it holds the type of answer asked for (a number for "how many", a date for "when",
a name for "who"/"which country", a cause for "why") that the question does not already
contain, plus a small prior for the passage's rank.
"""
from __future__ import annotations

import re

from ..frozen import frozen
from ..text.analyze import Analyzer
from ..text.answer_types import AskedFor
from ..text.sentences import split_sentences
from ..types import Answer, Passage
from .query import Query

MAX_WORDS = 60
PASSAGES_CONSIDERED = 3
RANK_PRIOR = (0.12, 0.04, 0.0)
TYPE_BONUS = 0.25


@frozen
class Candidate:
    score: float
    passage: Passage
    start: int
    end: int
    span: tuple[int, int] | None


def extract_answer(query: Query, passages: list[Passage], analyzer: Analyzer,
                   idf: dict[str, float], analyzed=None) -> Answer | None:
    """The best answering sentence among the top passages, or None if none shares a term.
    `idf` weighs each term of the question and of its expansion (a synonym at its expansion
    weight: "Bamako" is answered by a sentence on "the Malian authorities"); a sentence's
    coverage is measured against the words the user typed. `analyzed(i, terms)`, when given,
    is the i-th passage's sentence spans and which of `terms` each has, as the index stored
    them at build time (the same as splitting and analyzing the text here), or ()."""
    typed = {term for _, term in query.words}
    terms = typed | set(idf)
    total = sum(idf.get(t, 0.0) for t in typed)
    if not terms or total <= 0:
        return None
    asked = query.asked
    best = None
    for rank, passage in enumerate(passages[:PASSAGES_CONSIDERED]):
        stored = analyzed(rank, terms) if analyzed else ()
        spans, found = stored or (split_sentences(passage.text), None)
        for at, (start, end) in enumerate(spans):
            candidate = score_sentence(passage, start, end, terms, idf, total, asked, analyzer,
                                       RANK_PRIOR[rank], found[at] if found else None)
            if candidate and asked.type and not candidate.span and at + 1 < len(spans):
                candidate = with_next_sentence(candidate, spans[at + 1], asked)
            if candidate and (best is None or candidate.score > best.score):
                best = candidate
    return to_answer(best) if best else None


def with_next_sentence(candidate: Candidate, following: tuple[int, int],
                       asked: AskedFor) -> Candidate:
    """A sentence that matches the question but lacks the asked-for item often has it in the
    next one ("...parallel operations. These included Barkhane, the G5 Sahel Force...")."""
    text = candidate.passage.text
    span = asked.item_in(text[following[0]:following[1]])
    if span is None:
        return candidate
    offset = following[0] - candidate.start
    return Candidate(candidate.score + TYPE_BONUS / 2, candidate.passage, candidate.start,
                     following[1], (span[0] + offset, span[1] + offset))


def score_sentence(passage, start, end, terms, idf, total, asked: AskedFor, analyzer,
                   prior, sentence_terms=None) -> Candidate | None:
    sentence = passage.text[start:end]
    covered = terms & set(analyzer.terms(sentence) if sentence_terms is None else sentence_terms)
    if not covered:
        return None
    score = sum(idf.get(t, 0.0) for t in covered) / total + prior
    span = asked.item_in(sentence)
    if span:
        score += TYPE_BONUS
    return Candidate(score, passage, start, end, span)


def to_answer(best: Candidate) -> Answer:
    text = best.passage.text[best.start:best.end]
    span = best.span
    words = text.split()
    if len(words) > MAX_WORDS:  # keep a window around the answer item, within the limit
        text, span = clip_words(text, span)
    return Answer(text, best.passage.source, best.passage.paragraph, best.passage.citation, span)


def clip_words(text: str, span: tuple[int, int] | None) -> tuple[str, tuple[int, int] | None]:
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    centre = 0
    if span:
        centre = next((i for i, (s, e) in enumerate(bounds) if e > span[0]), 0)
    first = max(0, min(centre - MAX_WORDS // 2, len(bounds) - MAX_WORDS))
    begin, finish = bounds[first][0], bounds[first + MAX_WORDS - 1][1]
    clipped = text[begin:finish]
    if span and begin <= span[0] and span[1] <= finish:
        return clipped, (span[0] - begin, span[1] - begin)
    return clipped, None

