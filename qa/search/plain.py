"""A question's first pass over a small index, in plain Python: the same scores as the dense
numpy pass of `qa.search.rank`, to the last bit, without importing numpy.

A small index is held in `array.array`s (`qa.index.store`), and at the start of a `qa ask`
importing numpy costs about as much as starting typer and rich. The scores of the passages
the question's terms touch are kept in a dict and added up as the dense pass adds them: the
terms typed in query order (0.0 + w1 + w2 ...), then each typed word's expansions summed in
the order of their postings and capped per passage. Passages not in the dict score 0.0, as in
the dense array, or -inf once a `--source` filter rules their source out.

Feedback is left out only where it would change nothing: where the feedback documents are
every document of the collection, its mix is 0 (`qa.search.feedback`). Otherwise the caller
turns these scores into the dense array (`dense`) and runs feedback as usual.
"""
from __future__ import annotations

import math
from bisect import bisect_left

from ..index.model import Index
from .expand import EXPANSION_WEIGHT, QueryTerm
from .feedback import FEEDBACK_DOCUMENTS
from .lookup import stored


def held_plainly(index: Index) -> bool:
    """Whether the index is held without numpy (`qa.index.scores` asks the same)."""
    return not hasattr(index.docs, "dtype")


class PlainScores:
    """One question's first-pass scores over a small index: `scores[i]`, and the filters'
    `scores[start:end] = -inf`, as the dense array offers them."""

    def __init__(self, index: Index, weighted_terms, groups: dict[str, list[QueryTerm]],
                 typed_weight: dict[str, float]):
        self.length, self.excluded = len(index.passages), []
        scores: dict[int, float] = {}
        get = scores.get
        for term, weight in weighted_terms:
            docs, weights = stored(index, term)
            if weight != 1.0:
                weights = [weight * w for w in weights]
            for doc, w in zip(docs, weights):
                scores[doc] = get(doc, 0.0) + w
        for term, expansions in groups.items():  # as `rank.add_capped_expansions`
            parts = [(stored(index, q.term), q.weight) for q in expansions]
            if len(parts) == 1:
                (docs, weights), weight = parts[0]
                added = {doc: weight * w for doc, w in zip(docs, weights)}
            else:  # several expansions in one passage are added up first, in their order
                added = {}
                for (docs, weights), weight in parts:
                    for doc, w in zip(docs, weights):
                        added[doc] = added.get(doc, 0.0) + weight * w
            cap = (EXPANSION_WEIGHT * typed_weight.get(term, 1.0)
                   * max(float(min(stored(index, term)[1])), 0.0))
            for doc, value in added.items():
                scores[doc] = get(doc, 0.0) + min(value, cap)
        self.scores = scores

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: int) -> float:
        score = self.scores.get(i)
        if score is not None:
            return score
        return -math.inf if any(a <= i < b for a, b in self.excluded) else 0.0

    def __setitem__(self, key, value) -> None:
        if not isinstance(key, slice) or value != -math.inf:
            raise TypeError("only ranges of scores can be set, and only to -inf")
        start, stop, _ = key.indices(self.length)
        self.excluded.append((start, stop))
        for i in [i for i in self.scores if start <= i < stop]:
            self.scores[i] = value

    def ranked(self, n: int | None = None) -> list[int]:
        """The n (or all) best positive scores' passages, best first, ties by position."""
        ranked = sorted((-score, i) for i, score in self.scores.items() if score > 0)
        return [i for _, i in ranked[:n]]

    def dense(self):
        """The dense array of the same scores, for feedback."""
        import numpy as np

        scores = np.zeros(self.length, dtype=np.float64)
        if self.scores:
            scores[np.fromiter(self.scores, dtype=np.int64, count=len(self.scores))] = (
                np.fromiter(self.scores.values(), dtype=np.float64, count=len(self.scores)))
        for start, stop in self.excluded:
            scores[start:stop] = -np.inf
        return scores


def feedback_is_whole(index: Index, scores: PlainScores, pool: list[int]) -> bool:
    """Whether feedback over `pool` (the first pass's best) surely has a mix of 0: no pool,
    or feedback documents that are every document with passages, so that they hold every
    posting (`feedback.relevance_model`: share 1). False when unsure: feedback then runs."""
    if not pool:
        return True
    best: dict[int, float] = {}
    for i in pool:
        document = index.document_of(i)
        best[document] = max(best.get(document, 0.0), scores[i])
    chosen = sorted(best, key=lambda d: (-best[d], d))[:FEEDBACK_DOCUMENTS]
    with_passages = {d for d, entry in enumerate(index.sources) if entry["count"] > 0}
    return with_passages <= set(chosen)


def holding(index: Index, passage_ids: list[int], terms) -> set[int]:
    """Those of `passage_ids` that hold one of `terms` (a bisection in their postings)."""
    found = set()
    for term in terms:
        docs = stored(index, term)[0]
        for i in passage_ids:
            at = bisect_left(docs, i)
            if at < len(docs) and docs[at] == i:
                found.add(i)
    return found


def matched_without_score(index: Index, scores: PlainScores,
                          terms: list[QueryTerm]) -> list[int]:
    """As `rank.matched_without_score`: passages holding a query term whose score is zero or
    below (and not -inf), best first, ties by position."""
    ids = set()
    for q in terms:
        ids.update(stored(index, q.term)[0])
    found = [(scores[i], i) for i in ids]
    return [i for s, i in sorted((-s, i) for s, i in found if math.isfinite(s) and s <= 0)]
