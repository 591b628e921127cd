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

REMEMBERED = 4096  # terms; their passage ids are views of the index's arrays, but their
# weights are computed from term frequencies (`Index.postings_of`): their total is bounded too
REMEMBERED_POSTINGS = 1 << 22  # 32 MB of weights


def stored(index: Index, term: str):
    """(passage ids ascending, BM25 weights) of `term` as the index holds them: numpy
    arrays, or for a small index `array.array`s (empty sequences for a term it lacks)."""
    found = index.__dict__.setdefault("_remembered_stored", {})
    entry = found.get(term)
    if entry is None:
        tid = index.term_id(term)
        entry = remember(index, found, term,
                         index.postings_of(tid) if tid is not None else ((), ()))
    return entry


def postings(index: Index, term: str) -> tuple[np.ndarray, np.ndarray]:
    """(passage ids ascending, BM25 weights) of `term`, as `Index.postings` gives them."""
    found = index.__dict__.setdefault("_remembered_postings", {})
    entry = found.get(term)
    if entry is None:
        entry = remember(index, found, term, index.postings(term))
    return entry


def remember(index: Index, found: dict, term: str, entry):
    """Keep `entry` in `found` (one of the index's tables), emptied when it holds too many
    terms or postings."""
    counts = index.__dict__.setdefault("_remembered_held", {})
    held = counts.get(id(found), 0) + len(entry[0])
    if len(found) >= REMEMBERED or held > REMEMBERED_POSTINGS:
        found.clear()
        held = len(entry[0])
    counts[id(found)] = held
    found[term] = entry
    return entry


def weighted_scores(index: Index, weighted_terms) -> np.ndarray:
    """Every passage's BM25 score for these (term, weight) pairs: the dense array of
    `Index.weighted_scores` (a term the corpus lacks adds nothing anywhere)."""
    return index.weighted_scores(weighted_terms).dense()
