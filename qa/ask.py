"""Answering a question: rank passages, then extract the answering sentence."""
from __future__ import annotations

from .answer import extract_answer
from .batch import readable
from .errors import UsageError
from .index import Index
from .rank import expand, explain as explain_score, rank
from .results import AskResult, Hit

MAX_QUESTION_CHARS = 10_000


def validate(question: str, k: int) -> str:
    if k < 1:
        raise UsageError(f"-k must be at least 1 (got {k})")
    question = " ".join(readable(question).split())
    if not question:
        raise UsageError("the question is empty")
    return question[:MAX_QUESTION_CHARS]


def ask(index: Index, question: str, k: int = 5, explain: bool = False,
        source_globs: tuple[str, ...] = ()) -> AskResult:
    """The k passages that best answer `question`, best first, and the answering sentence
    (only from sources matching `source_globs`, when given)."""
    question = validate(question, k)
    expanded = expand(index, question)
    ranked = rank(index, question, k, source_globs, expanded)
    hits = tuple(Hit.of(index.passages[r.passage_id], n, r.score,
                        explain_score(index, question, r.passage_id, expanded) if explain else None)
                 for n, r in enumerate(ranked, 1))
    terms = [q.term for q in expanded if not q.via]  # the words typed, in order
    weighted_idf = {q.term: q.weight * index.weight_of(q.term)
                    for q in reversed(expanded)}  # a typed term wins a clash
    answer = extract_answer(question, [index.passages[r.passage_id] for r in ranked],
                            index.analyzer, weighted_idf)
    return AskResult(question, answer, hits, terms=tuple(dict.fromkeys(terms)))
