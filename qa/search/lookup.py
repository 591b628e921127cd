"""The postings of query terms, remembered on the index across the questions of a process.

Finding a term is a bisection over the memory-mapped vocabulary (tens of microseconds in
Python), and one question looks each of its terms up several times: for BM25, for the words
typed, for their expansions' cap, for feedback. A batch, the API and `qa mcp` ask many
questions of one index, and their words repeat.

`stored` gives them as the index holds them: a small index's `array.array`s are searched in
plain Python (`qa.search.plain`), so that asking it never imports numpy.
"""
from __future__ import annotations

from ..index.model import Index

REMEMBERED = 4096  # terms; the postings themselves are views of the index's arrays


def stored(index: Index, term: str):
    """(passage ids ascending, BM25 weights) of `term` as the index holds them: numpy
    arrays, or for a small index `array.array`s (empty sequences for a term it lacks)."""
    found = index.__dict__.setdefault("_remembered_stored", {})
    entry = found.get(term)
    if entry is None:
        if len(found) >= REMEMBERED:
            found.clear()
        tid = index.term_id(term)
        entry = found[term] = index.postings_of(tid) if tid is not None else ((), ())
    return entry


def postings(index: Index, term: str) -> tuple[np.ndarray, np.ndarray]:
    """(passage ids ascending, BM25 weights) of `term`, as `Index.postings` gives them."""
    found = index.__dict__.setdefault("_remembered_postings", {})
    entry = found.get(term)
    if entry is None:
        if len(found) >= REMEMBERED:
            found.clear()
        entry = found[term] = index.postings(term)
    return entry


def weighted_scores(index: Index, weighted_terms) -> np.ndarray:
    """Every passage's BM25 score for these (term, weight) pairs: the dense array of
    `Index.weighted_scores` (a term the corpus lacks adds nothing anywhere)."""
    return index.weighted_scores(weighted_terms).dense()
