"""Answering a question: rank passages, then extract the answering sentence."""
from __future__ import annotations

from .answer import extract_answer, idf_table
from .errors import UsageError
from .index import Index
from .results import AskResult, Hit, TermScore

MAX_QUESTION_CHARS = 10_000


def validate(question: str, k: int) -> str:
    if k < 1:
        raise UsageError(f"-k must be at least 1 (got {k})")
    question = " ".join(question.split())
    if not question:
        raise UsageError("the question is empty")
    return question[:MAX_QUESTION_CHARS]


def ask(index: Index, question: str, k: int = 5, explain: bool = False) -> AskResult:
    """The k passages that best answer `question`, best first, and the answering sentence."""
    question = validate(question, k)
    terms = index.analyzer.terms(question)
    ranked = index.search(terms, k)
    hits = tuple(Hit.of(index.passages[i], rank, score,
                        explain_terms(index, terms, i) if explain else None)
                 for rank, (i, score) in enumerate(ranked, 1))
    idf = idf_table({t: index.doc_freq(t) for t in set(terms)}, len(index.passages))
    answer = extract_answer(question, [index.passages[i] for i, _ in ranked], index.analyzer, idf)
    return AskResult(question, answer, hits, terms=tuple(dict.fromkeys(terms)))


def explain_terms(index: Index, terms: list[str], passage_id: int) -> tuple[TermScore, ...]:
    contributions: dict[str, float] = {}
    for term in terms:
        docs, weights = index.postings(term)
        hit = docs.searchsorted(passage_id)
        if hit < len(docs) and docs[hit] == passage_id:
            contributions[term] = contributions.get(term, 0.0) + float(weights[hit])
    return tuple(TermScore(t, round(s, 6)) for t, s in
                 sorted(contributions.items(), key=lambda item: -item[1]))
