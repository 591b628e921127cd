"""Ranking: which passages answer a question, best first.

BM25 (`Index.weighted_scores`) over the question's terms and their expansion
(`qa.search.expand`) finds candidates; the best candidates are then re-scored with evidence
BM25 does not see: query terms standing close together in the passage, many of them within
one sentence, query terms in the passage's section heading or document title, a sentence
holding the type of answer asked for (a number, a date, a percentage) beside the query
terms, and (for "what share/percentage") holding a percentage. `rank` is the single entry
point used by `ask`, `check` and `eval`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..index.bm25 import top_k
from ..index.model import Index
from ..text.analyze import split_words
from ..text.answer_types import AnswerType, AskedFor, item_pattern
from ..text.sentences import split_sentences
from ..types import TermScore
from .expand import QueryTerm
from .filters import Filters
from .query import Query

CANDIDATES = 30  # re-scoring more changed nothing on the development set, and costs time
# Re-scoring weights, measured on the development questions (see the README); small on
# purpose: BM25 stays the main evidence.
PROXIMITY_WEIGHT = 0.5
SECTION_WEIGHT = 0.3
SENTENCE_WEIGHT = 0.1
# A passage holding the type of answer asked for counts as matching one more query term of
# average weight. Only for types rare enough to tell passages apart: numbers and dates stand
# in most passages and moved nothing when tried.
TYPE_WEIGHT = 1.0
RANKING_TYPES = (AnswerType.PERCENTAGE,)
# For those types and numbers and dates, what tells passages apart is a sentence that both
# covers the question and holds such an item: the answer sentence. Names are left out: a
# capitalised word stands in nearly every sentence.
ANSWER_SENTENCE_WEIGHT = 0.4
ANSWER_SENTENCE_TYPES = (AnswerType.NUMBER, AnswerType.DATE, AnswerType.PERCENTAGE)


@dataclass(frozen=True)
class Ranked:
    passage_id: int
    score: float
    bonus: dict[str, float] = field(default_factory=dict, compare=False)  # re-scoring, by name


def rank(index: Index, query: Query, k: int) -> list[Ranked]:
    """The k best passages for `query` (ties by position; zero scores are not results), from
    the sources its filters allow, holding every phrase quoted in the question."""
    terms = list(query.terms)
    scores = index.weighted_scores((q.term, q.weight) for q in terms)
    query.filters.restrict(index, scores)
    candidates = accepted_candidates(index, scores, max(k, CANDIDATES), query.filters)
    idf = {q.term: index.weight_of(q.term) for q in terms}
    match = TermMatcher(index, unique(terms))
    rescored = []
    for i in candidates:
        bonus = bonus_parts(index, i, terms, idf, match, query.asked)
        rescored.append((i, float(scores[i]) + sum(bonus.values()), bonus))
    rescored.sort(key=lambda item: (-item[1], item[0]))
    return [Ranked(i, round(s, 6), bonus) for i, s, bonus in rescored[:k]]


def accepted_candidates(index: Index, scores, n: int, filters: Filters) -> list[int]:
    """The n best-scoring passages the filters accept, looking deeper while phrases reject."""
    depth = n
    while True:
        ranked = top_k(scores, depth)
        accepted = [int(i) for i in ranked if filters.accepts(index.passages[int(i)])]
        if len(accepted) >= n or len(ranked) < depth:
            return accepted[:n]
        depth *= 4


def bonus_parts(index: Index, passage_id: int, terms: list[QueryTerm], idf: dict[str, float],
                match: "TermMatcher", asked: AskedFor) -> dict[str, float]:
    """The re-scoring evidence for one passage, by name (shown by --explain)."""
    passage, wanted = index.passages[passage_id], unique(terms)
    heading = set(match.terms(f"{passage.section} {passage.title}"))
    sentences, in_sentences = match.sentences(passage_id, passage.text)
    # sentences cover the passage up to the spaces between them: one tokenization serves both
    positions = term_positions([term for found in in_sentences for term in found])
    covered = [coverage(set(found), wanted, idf) for found in in_sentences]
    parts = {"+proximity": PROXIMITY_WEIGHT * proximity(positions, wanted, idf),
             "+sentence": SENTENCE_WEIGHT * max(covered, default=0.0),
             "+heading": SECTION_WEIGHT * coverage(heading, wanted, idf)}
    typed = [idf[q.term] for q in wanted if q.weight == 1.0]
    if asked.type in RANKING_TYPES and typed and item_pattern(asked.type).search(passage.text):
        parts[f"+{asked.type}"] = TYPE_WEIGHT * sum(typed) / len(typed)
    if asked.type in ANSWER_SENTENCE_TYPES:
        parts["+answer-sentence"] = ANSWER_SENTENCE_WEIGHT * max(
            (c for c, sentence in zip(covered, sentences) if c and asked.item_in(sentence)),
            default=0.0)
    return parts


@lru_cache(maxsize=4096)
def sentence_words(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A passage's sentences and the words of each: the same for every query, and a batch of
    questions or a draft's claims re-score the same passages again and again."""
    sentences = tuple(text[start:end] for start, end in split_sentences(text))
    return sentences, tuple(tuple(split_words(sentence)) for sentence in sentences)


class TermMatcher:
    """Finds the query's terms in text without stemming it: the index knows which surface
    words have each stem, so a word is looked up in a small dict (None if no query term)."""

    def __init__(self, index: Index, wanted: list[QueryTerm]):
        analyzer, self.stopwords = index.analyzer, index.analyzer.stopwords
        self.term_of = {word: q.term for q in wanted for word in analyzer.words_for(q.term)}
        self.index, self.seen = index, {}
        # the same, by the term ids the index stores for each passage's words
        self.term_of_id = {tid: q.term for q in wanted
                           if (tid := index.token_id(q.term)) is not None}

    def terms(self, text: str) -> list[str | None]:
        """One entry per non-stopword token, as `Analyzer.terms` would give positions."""
        if text not in self.seen:  # headings repeat from passage to passage
            self.seen[text] = self.terms_of(split_words(text))
        return self.seen[text]

    def sentences(self, passage_id: int, text: str) -> tuple[list[str], list[list[str | None]]]:
        """A passage's sentences, and `terms` of each, from the sentence terms the index
        stored at build time (an index held without them splits the text)."""
        if self.index.sentences is None:
            sentences, words = sentence_words(text)
            return list(sentences), [self.terms_of(found) for found in words]
        spans, ids = self.index.sentence_terms(passage_id)
        found = self.term_of_id.get
        return [text[start:end] for start, end in spans], [[found(t) for t in sentence]
                                                          for sentence in ids]

    def terms_of(self, words) -> list[str | None]:
        return [self.term_of.get(w) for w in words if w not in self.stopwords]


def coverage(found: set[str], wanted: list[QueryTerm], idf: dict[str, float]) -> float:
    """The idf mass of the query terms present in `found`."""
    return sum(q.weight * idf[q.term] for q in wanted if q.term in found)


def unique(terms: list[QueryTerm]) -> list[QueryTerm]:
    return list({q.term: q for q in reversed(terms)}.values())


def term_positions(sequence: list[str | None]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for at, term in enumerate(sequence):
        if term is not None:
            positions.setdefault(term, []).append(at)
    return positions


def proximity(positions: dict[str, list[int]], terms: list[QueryTerm],
              idf: dict[str, float]) -> float:
    """Sum over pairs of distinct query terms of their smaller idf / squared distance."""
    present = [q for q in terms if q.term in positions]
    total = 0.0
    for i, a in enumerate(present):
        for b in present[i + 1:]:
            gap = min(abs(x - y) for x in positions[a.term] for y in positions[b.term])
            total += a.weight * b.weight * min(idf[a.term], idf[b.term]) / gap ** 2
    return total


def explain(index: Index, query: Query, ranked: Ranked) -> tuple[TermScore, ...]:
    """What each query term added to the BM25 score of one ranked passage, largest first,
    then the re-scoring evidence (proximity, best sentence, heading...) that ranking found."""
    contributions: dict[str, TermScore] = {}
    for q in query.terms:
        docs, weights = index.postings(q.term)
        at = docs.searchsorted(ranked.passage_id)
        if at < len(docs) and docs[at] == ranked.passage_id:
            before = contributions.get(q.term)
            score = q.weight * float(weights[at]) + (before.score if before else 0.0)
            contributions[q.term] = TermScore(q.term, round(score, 6), q.via)
    extra = [TermScore(name, round(value, 6)) for name, value in ranked.bonus.items() if value]
    return tuple(sorted(contributions.values(), key=lambda t: -t.score)) + tuple(extra)
