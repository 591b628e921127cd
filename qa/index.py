"""The in-memory index: passages, an inverted index with BM25 weights per posting, and search.

Built from documents (`build_index`), saved and loaded by `qa.store`. Postings of term t are
`docs[offsets[t]:offsets[t+1]]` with their precomputed BM25 weights, so a query touches only
the postings of its own terms.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

from .aliases import mine_acronyms
from .analyze import Analyzer
from .bm25 import BM25Params, okapi_idf, posting_weights, top_k
from .passage import Document, Passage


@dataclass
class Index:
    passages: list[Passage]
    term_ids: dict[str, int]
    offsets: np.ndarray  # int64, one more than there are terms
    docs: np.ndarray  # int32 passage ids, ascending within a term
    weights: np.ndarray  # float64 BM25 weight of each posting
    doc_lengths: np.ndarray  # int32 number of terms per passage
    params: BM25Params
    analyzer: Analyzer
    titles: dict[str, str] = field(default_factory=dict)  # source -> document title
    acronyms: dict[str, str] = field(default_factory=dict)  # "tob" -> "Temporary Operating Bases"
    meta: dict = field(default_factory=dict)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        tid = self.term_ids.get(term)
        if tid is None:
            return self.docs[:0], self.weights[:0]
        start, end = self.offsets[tid], self.offsets[tid + 1]
        return self.docs[start:end], self.weights[start:end]

    def doc_freq(self, term: str) -> int:
        tid = self.term_ids.get(term)
        return 0 if tid is None else int(self.offsets[tid + 1] - self.offsets[tid])

    def bm25_scores(self, query_terms: Iterable[str]) -> np.ndarray:
        """BM25Okapi.get_scores for these terms (repeats count, as in rank-bm25)."""
        return self.weighted_scores((term, 1.0) for term in query_terms)

    def weighted_scores(self, weighted_terms: Iterable[tuple[str, float]]) -> np.ndarray:
        """BM25 where each query term counts `weight` times (expanded terms count less)."""
        scores = np.zeros(len(self.passages), dtype=np.float64)
        for term, weight in weighted_terms:
            docs, weights = self.postings(term)
            scores[docs] += weights if weight == 1.0 else weight * weights  # docs are unique
        return scores

    def search(self, query_terms: list[str], k: int) -> list[tuple[int, float]]:
        """(passage id, score) of the k best-scoring passages, ties by position."""
        scores = self.bm25_scores(query_terms)
        return [(int(i), float(scores[i])) for i in top_k(scores, k)]

    def by_source(self, source: str) -> list[Passage]:
        return [p for p in self.passages if p.source == source]


def build_index(documents: Iterable[Document], analyzer: Analyzer,
                params: BM25Params = BM25Params()) -> Index:
    """Analyze every passage and compute the BM25 weight of every (term, passage) posting."""
    passages: list[Passage] = []
    titles: dict[str, str] = {}
    term_postings: dict[str, list[tuple[int, int]]] = {}
    lengths: list[int] = []
    for document in documents:
        titles[document.source] = document.title
        for passage in document.passages:
            counts = Counter(analyzer.terms(passage.text))
            for term, tf in counts.items():
                term_postings.setdefault(term, []).append((len(passages), tf))
            lengths.append(sum(counts.values()))
            passages.append(passage)
    index = assemble(passages, term_postings, np.asarray(lengths, dtype=np.int32),
                     analyzer, params, titles)
    index.acronyms = mine_acronyms(p.text for p in passages)
    return index


def assemble(passages: list[Passage], term_postings: dict[str, list[tuple[int, int]]],
             doc_lengths: np.ndarray, analyzer: Analyzer, params: BM25Params,
             titles: dict[str, str]) -> Index:
    vocabulary = sorted(term_postings)
    sizes = np.fromiter((len(term_postings[t]) for t in vocabulary), dtype=np.int64,
                        count=len(vocabulary))
    offsets = np.zeros(len(vocabulary) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    flat = [pair for t in vocabulary for pair in term_postings[t]]
    docs = np.fromiter((d for d, _ in flat), dtype=np.int32, count=len(flat))
    tfs = np.fromiter((tf for _, tf in flat), dtype=np.int32, count=len(flat))
    avgdl = float(doc_lengths.sum()) / max(len(passages), 1) or 1.0
    idf = okapi_idf(sizes, len(passages), params.epsilon)
    weights = posting_weights(np.repeat(idf, sizes), tfs, doc_lengths[docs], avgdl, params)
    return Index(passages, {t: i for i, t in enumerate(vocabulary)}, offsets, docs, weights,
                 doc_lengths, params, analyzer, titles)
