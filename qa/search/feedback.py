"""Pseudo-relevance feedback (RM3: Lavrenko and Croft's relevance model mixed with the query,
as Anserini runs it): the words the best first-pass documents share become query terms too.

Standard parameters, not tuned to any collection: the 10 best documents (a document scores as
its best passage), their 10 heaviest terms, and the query mixed half and half with them. The
relevance model is read from the index's forward rows, so feedback costs a second BM25 pass
and no text.

Feedback only informs when the feedback documents are a small part of the collection: when
they are all of it (the bundled corpus has five reports), the relevance model is the
collection's own word distribution and would only add its commonest words. So the model's
share of the query shrinks with the feedback documents' share of the collection's postings:
0.5 x (1 - share). On 1,400 abstracts it is about 0.5; on five reports, 0.

Passages as feedback units were measured too (Cranfield nDCG@10 0.326 -> 0.345, but R@1 of the
bundled fresh questions 0.648 -> 0.580: a fact's passage and its neighbours share little but
the corpus's topic). Gating on query length separates nothing: the bundled questions have
5-18 search terms, Cranfield's queries 3-23.
"""
from __future__ import annotations

import numpy as np

from ..index.bm25 import top_k
from ..index.model import Index
from .expand import QueryTerm

FEEDBACK_DOCUMENTS = 10
FEEDBACK_TERMS = 10
MODEL_WEIGHT = 0.5  # RM3's interpolation: half the original query, half the model


def with_feedback(index: Index, terms: list[QueryTerm], scores: np.ndarray) -> np.ndarray:
    """The passages' scores for the question mixed with its relevance model (RM3)."""
    model, share = relevance_model(index, scores)
    mix = MODEL_WEIGHT * (1 - share)
    if not model or mix <= 0:
        return scores
    mass = sum(q.weight for q in terms)  # the model gets its share of the query's weight
    added = index.weighted_scores((term, mix * mass * p) for term, p in model.items())
    # it re-orders the passages that match the question, and finds no others: a passage
    # with none of the words asked about is no answer, however topical
    return np.where(scores > 0, (1 - mix) * scores + added, scores)


def document_of(index: Index) -> np.ndarray:
    """The document number of each passage (sources in index order), kept on the index."""
    cached = index.__dict__.get("_document_of")
    if cached is None:
        counts = [entry["count"] for entry in index.sources]
        cached = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        index.__dict__["_document_of"] = cached
    return cached


def relevance_model(index: Index, scores: np.ndarray) -> tuple[dict[str, float], float]:
    """p(term | relevant) over the best documents' 10 heaviest terms (each document's term
    distribution weighted by its share of the documents' scores), and the share of the
    collection's postings those documents hold."""
    positive = np.flatnonzero(scores > 0)
    if not len(positive):
        return {}, 1.0
    owners = document_of(index)[positive]  # ascending, as passage ids are
    runs = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
    best_of = np.zeros(len(index.sources))
    best_of[owners[runs]] = np.maximum.reduceat(scores[positive], runs)
    documents = top_k(best_of, FEEDBACK_DOCUMENTS)
    forward = index.forward
    spans = [(int(forward["offsets"][entry["first"]]),
              int(forward["offsets"][entry["first"] + entry["count"]]))
             for entry in (index.sources[int(d)] for d in documents)]
    share = sum(end - start for start, end in spans) / max(1, len(forward["terms"]))
    if share >= 1:
        return {}, 1.0
    weights = best_of[documents] / best_of[documents].sum()
    ids, mass = [], []
    for (start, end), weight in zip(spans, weights):
        tfs = np.asarray(forward["tfs"][start:end], dtype=np.float64)
        ids.append(np.asarray(forward["terms"][start:end]))
        mass.append(weight * tfs / max(tfs.sum(), 1.0))
    model = np.bincount(np.concatenate(ids), weights=np.concatenate(mass))
    heaviest = top_k(model, FEEDBACK_TERMS)
    total = float(model[heaviest].sum())
    return {index.terms[int(t)]: float(model[t]) / total for t in heaviest}, share
