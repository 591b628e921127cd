"""Pseudo-relevance feedback (RM3: Lavrenko and Croft's relevance model mixed with the query,
as Anserini runs it): the words the best first-pass documents share become query terms too.

Standard parameters, not tuned to any collection: the 10 best documents (a document scores as
its best passage), their 10 heaviest terms, and the query mixed half and half with them. The
relevance model is read from the passages' stored term ids, so feedback costs a second BM25 pass
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

from ..index.bm25 import top_k
from ..index.model import Index
from .expand import QueryTerm

FEEDBACK_DOCUMENTS = 10
FEEDBACK_TERMS = 10
MODEL_WEIGHT = 0.5  # RM3's interpolation: half the original query, half the model
FEEDBACK_POOL = 200  # the first pass's best passages, which feedback re-orders
PASSAGES_PER_DOCUMENT = 10  # a long document is represented by its best passages


def feedback(index: Index, terms: list[QueryTerm], scores: np.ndarray,
             pool: np.ndarray) -> tuple[float, dict[int, float]]:
    """RM3 for the question: (mix, what the relevance model adds to each of the first pass's
    best passages, by id); a passage's score becomes (1 - mix) x its score + that. Only the
    first pass's best passages (`pool`, FEEDBACK_POOL of them, in id order) are re-scored,
    and no others found: a passage with none of
    the words asked about is no answer, however topical; and the model's words are common
    ones, whose whole postings cost more than the first pass."""
    import numpy as np

    model, share = relevance_model(index, scores, pool)
    mix = MODEL_WEIGHT * (1 - share)
    if not model or mix <= 0:
        return 0.0, {}
    mass = sum(q.weight for q in terms)  # the model gets its share of the query's weight
    # by term id: no lookup of the term's name needed; common words: only the pool's read
    _, weights = index.weights_in(list(model), pool)
    # each passage's additions, term after term from 0.0: a running sum along each row
    # adds them in that order (`np.add.accumulate`, never pairwise), and a term a passage
    # lacks adds its 0.0, which changes no sum; each product as mix * mass * p * weight
    coefficients = mix * mass * np.fromiter(model.values(), dtype=np.float64, count=len(model))
    added = (np.cumsum(coefficients * weights, axis=1)[:, -1] if len(pool)
             else np.zeros(0))
    changed = np.flatnonzero(added)
    return mix, dict(zip(pool[changed].tolist(), added[changed].tolist()))


def document_of(index: Index) -> np.ndarray:
    """The document number of each passage (sources in index order), kept on the index."""
    import numpy as np

    cached = index.__dict__.get("_document_of")
    if cached is None:
        counts = [entry["count"] for entry in index.sources]
        cached = np.repeat(np.arange(len(counts), dtype=np.int32), counts)
        index.__dict__["_document_of"] = cached
    return cached


def relevance_model(index: Index, scores: np.ndarray,
                    pool: np.ndarray) -> tuple[dict[int, float], float]:
    """p(term | relevant), by term id, over the best documents' 10 heaviest terms (each document's term
    distribution weighted by its share of the documents' scores; a document scores as its
    best passage in `pool`, the first pass's best passages in id order), and the share of
    the collection's postings those documents hold."""
    import numpy as np

    if not len(pool):
        return {}, 1.0
    owners = document_of(index)[pool]  # ascending, as the pool's passage ids are
    runs = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
    best_of = np.zeros(len(index.sources))
    best_of[owners[runs]] = np.maximum.reduceat(scores[pool], runs)
    documents = [int(d) for d in top_k(best_of, FEEDBACK_DOCUMENTS)]
    held = sum(index.document_postings(d) for d in documents)
    share = held / max(1, len(index.docs))
    if share >= 1:
        return {}, 1.0
    weights = best_of[documents] / best_of[documents].sum()
    present, model = term_masses(index, documents, weights, pool, owners, scores)
    heaviest = top_k(model, FEEDBACK_TERMS)
    total = float(model[heaviest].sum())
    return {int(present[t]): float(model[t]) / total for t in heaviest}, share


def term_masses(index: Index, documents: list[int], weights: np.ndarray, pool: np.ndarray,
                owners: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The term ids present in the feedback documents' chosen passages (`chosen_passages`),
    ascending, and each one's mass: over those passages, document after document, passage
    after passage, the sum of its count x the document's weight / the document's count of
    terms. Summed over the terms present only, not an array as long as the vocabulary; ties
    in the model still go to the lower term id."""
    import numpy as np

    # each document's passages in the pool are one run of it (`owners` ascending)
    bounds = zip(owners.searchsorted(documents).tolist(),
                 owners.searchsorted(documents, side="right").tolist())
    chosen = [chosen_passages(index, d, pool[start:end], scores)
              for d, (start, end) in zip(documents, bounds)]
    rows = np.concatenate(chosen)
    exceptions = index.fwd_exceptions
    if exceptions and any(int(p) in exceptions or str(int(p)) in exceptions for p in rows):
        # their terms are stored apart: passage by passage
        parts = [document_terms(index, d, passages) for d, passages in zip(documents, chosen)]
        present, at = np.unique(np.concatenate([ids for ids, _ in parts]), return_inverse=True)
        mass = np.concatenate([weight * tfs / max(tfs.sum(), 1.0)
                               for weight, (_, tfs) in zip(weights, parts)])
        return present, np.bincount(at, weights=mass, minlength=len(present))
    tids, row, counts = counted_terms(index, rows)
    document = np.repeat(np.arange(len(documents)), [len(c) for c in chosen])[row]
    per_document = np.bincount(document, weights=counts, minlength=len(documents))
    # each count x its document's weight / the document's total, as
    # `weight * tfs / max(tfs.sum(), 1.0)` computes it for one document (exact integer sums,
    # then the same two float operations on each element)
    mass = weights[document] * counts / np.maximum(per_document, 1.0)[document]
    # a term's masses, in passage order, added up from 0.0 one by one: as np.bincount adds
    # them over the passages' terms concatenated
    changes = np.empty(len(tids), dtype=bool)
    changes[:1], changes[1:] = True, tids[1:] != tids[:-1]
    group = np.cumsum(changes) - 1
    return tids[changes], np.bincount(group, weights=mass, minlength=int(changes.sum()))


def counted_terms(index: Index, rows: np.ndarray):
    """For the passages `rows` (none with terms stored apart): (term id, row number, count)
    of each distinct vocabulary term of each row, by term id then row, with the counts
    `Index.term_counts` of each row gives, found with one sort of (term, row) keys."""
    import numpy as np

    offsets = np.asarray(index.token_offsets)
    # offsets are stored unsigned (uint32): signed before any subtraction
    starts, ends = offsets[rows].astype(np.int64), offsets[rows + 1].astype(np.int64)
    lengths = ends - starts
    begin = np.cumsum(lengths) - lengths  # where each row's tokens start in the gathered ones
    at = np.arange(int(lengths.sum()), dtype=np.int64) + np.repeat(starts - begin, lengths)
    tokens = index.tokens_at(at)
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
    keep = tokens < len(index.terms)  # words only a sentence has are not BM25 terms
    keys = np.sort(tokens[keep] * max(len(rows), 1) + owner[keep])
    first = np.empty(len(keys), dtype=bool)
    first[:1], first[1:] = True, keys[1:] != keys[:-1]
    counts = np.diff(np.append(np.flatnonzero(first), len(keys))).astype(np.float64)
    distinct = keys[first]
    return distinct // max(len(rows), 1), distinct % max(len(rows), 1), counts


def chosen_passages(index: Index, document: int, pooled: np.ndarray,
                    scores: np.ndarray) -> np.ndarray:
    """A document's passages that feedback reads, ascending: all of them, or for a document
    of more than PASSAGES_PER_DOCUMENT, its best ones among `pooled` (a report of hundreds
    of paragraphs is not read whole for every question)."""
    import numpy as np

    entry = index.sources[document]
    first, count = entry["first"], entry["count"]
    if count > PASSAGES_PER_DOCUMENT and len(pooled) <= PASSAGES_PER_DOCUMENT:
        chosen = pooled  # all of them: nothing to choose among (ascending, as the pool)
    elif count > PASSAGES_PER_DOCUMENT:
        chosen = np.sort(
            pooled[np.argsort(-scores[pooled], kind="stable")[:PASSAGES_PER_DOCUMENT]])
    else:
        chosen = np.arange(first, first + count, dtype=np.int64)
    return chosen.astype(np.int64, copy=False)


def document_terms(index: Index, document: int, chosen: np.ndarray):
    """The term ids and counts of a document's chosen passages, passage by passage."""
    import numpy as np

    rows = [index.term_counts(int(p)) for p in chosen]
    return (np.concatenate([ids for ids, _ in rows]),
            np.concatenate([counts.astype(np.float64) for _, counts in rows]))
