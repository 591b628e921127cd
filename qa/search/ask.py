"""Answering a question: rank passages, then extract the answering sentence."""
from __future__ import annotations

from ..errors import UsageError
from ..index.model import Index
from ..types import AskResult, Hit
from .answer import extract_answer
from .query import Query
from .rank import explain as explain_score, rank


def check_top(k: int) -> int:
    if k < 1:
        raise UsageError(f"-k must be at least 1 (got {k})")
    return k


def ask(index: Index, question: str | Query, k: int = 5, explain: bool = False,
        source_globs: tuple[str, ...] = ()) -> AskResult:
    """The k passages that best answer `question`, best first, and the answering sentence
    (only from sources matching `source_globs`, when given)."""
    check_top(k)
    query = question if isinstance(question, Query) else Query.parse(index, question, source_globs)
    ranked = rank(index, query, k)
    hits = tuple(Hit.of(index.passages[r.passage_id], n, r.score,
                        explain_score(index, query, r) if explain else None)
                 for n, r in enumerate(ranked, 1))
    weighted_idf = {q.term: q.weight * index.weight_of(q.term)
                    for q in reversed(query.terms)}  # a typed term wins a clash
    answer = extract_answer(query, [index.passages[r.passage_id] for r in ranked],
                            index.analyzer, weighted_idf,
                            lambda at, terms: index.sentences_with(ranked[at].passage_id, terms))
    return AskResult(query.text, answer, hits, terms=query.typed_terms)
