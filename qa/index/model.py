"""The index as a query sees it: passages, the vocabulary, and postings with BM25 weights.

Postings of term t are `docs[offsets[t]:offsets[t+1]]` (ascending passage ids) with their
precomputed BM25 weights, so a query touches only the postings of its own terms. Every part
may be memory-mapped (`qa.index.store` decides), so opening a big index reads almost nothing.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..text.analyze import Analyzer
from ..types import Passage
from .bm25 import BM25Params, term_maxima, top_k
from .scores import QueryScores
from .tables import SortedStrings


@dataclass
class Index:
    passages: Sequence[Passage]
    terms: SortedStrings
    offsets: np.ndarray  # int64, one more than there are terms
    docs: np.ndarray  # int32 passage ids, ascending within a term
    weights: np.ndarray  # float64 BM25 weight of each posting
    params: BM25Params
    analyzer: Analyzer
    sources: list[dict] = field(default_factory=list)  # {source, title, first, count, ...}
    acronyms: dict[str, str] = field(default_factory=dict)  # "tob" -> "Temporary Operating Bases"
    synonyms: dict = field(default_factory=dict)  # {"words": {stem: [...]}, "names": {...}}
    meta: dict = field(default_factory=dict)
    forward: dict = field(default_factory=dict)  # term ids and counts per passage, for reuse
    folder: Path | None = None  # where it is stored (None for an index held in memory only)
    term_max: np.ndarray | None = None  # float64 largest weight of each term's postings

    def __post_init__(self):
        if self.term_max is None:  # an index built before this was stored: computed once
            self.term_max = term_maxima(self.offsets, self.weights)

    @property
    def titles(self) -> dict[str, str]:
        return {s["source"]: s["title"] for s in self.sources}

    def term_id(self, term: str) -> int | None:
        return self.terms.position(term)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        tid = self.term_id(term)
        if tid is None:
            return self.docs[:0], self.weights[:0]
        return self.postings_of(tid)

    def postings_of(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        start, end = int(self.offsets[tid]), int(self.offsets[tid + 1])
        return self.docs[start:end], self.weights[start:end]

    def doc_freq(self, term: str) -> int:
        tid = self.term_id(term)
        return 0 if tid is None else self.doc_freq_of(tid)

    def doc_freq_of(self, tid: int) -> int:
        return int(self.offsets[tid + 1] - self.offsets[tid])

    def weight_of(self, term: str) -> float:
        """A positive idf, for weighing evidence beyond BM25 (sentences, claims, headings):
        BM25's floor for common terms is not wanted there."""
        n, df = len(self.passages), self.doc_freq(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def bm25_scores(self, query_terms: Iterable[str]) -> np.ndarray:
        """BM25Okapi.get_scores for these terms (repeats count, as in rank-bm25): every
        passage's score."""
        return self.weighted_scores((term, 1.0) for term in query_terms).dense()

    def weighted_scores(self, weighted_terms: Iterable[tuple[str, float]]) -> QueryScores:
        """BM25 where each query term counts `weight` times (expanded terms count less),
        computed as far as it is asked for (`qa.index.scores`)."""
        found = []
        for term, weight in weighted_terms:
            tid = self.term_id(term)
            if tid is not None:  # a term the corpus lacks adds nothing anywhere
                found.append((tid, weight))
        return QueryScores(self, found)

    def dense_scores(self, terms: list[tuple[int, float]]) -> np.ndarray:
        scores = np.zeros(len(self.passages), dtype=np.float64)
        for tid, weight in terms:
            docs, weights = self.postings_of(tid)
            scores[docs] += weights if weight == 1.0 else weight * weights  # docs are unique
        return scores

    def search(self, query_terms: list[str], k: int) -> list[tuple[int, float]]:
        """(passage id, score) of the k best-scoring passages, ties by position."""
        scores = self.weighted_scores((term, 1.0) for term in query_terms)
        return [(int(i), scores[i]) for i in top_k(scores, k)]

    def source_entry(self, source: str) -> dict | None:
        return next((s for s in self.sources if s["source"] == source), None)

    def by_source(self, source: str) -> list[Passage]:
        entry = self.source_entry(source)
        if entry is None:
            return []
        return [self.passages[i] for i in range(entry["first"], entry["first"] + entry["count"])]

