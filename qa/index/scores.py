"""One query's BM25 scores, computed only as far as the question needs them.

`rank` asks for the best n passages and then for the scores of those. Adding up every posting
of every query term into an array of all passages costs O(passages) per query whatever the
question (8 MB zeroed and scanned at 1M passages) plus every posting of the common terms.
MaxScore (Turtle and Flood, 1995) skips most of that: a term can add at most its largest
posting weight (stored per term at build time), so once n passages are known to score at
least T, a passage holding only terms whose bounds sum to less than T cannot enter the best n.
Only the postings of the other ("essential") terms are gathered; the bounded terms are looked
up for those candidates alone (a binary search in their sorted postings).

The scores are exactly the dense ones, bit for bit: each candidate's contributions are added
in query order, as `Index.dense_scores` adds them, and a term a passage lacks adds 0.0, which
leaves a float unchanged. The dense array is still computed when pruning cannot pay (few
passages, filters that zero sources, terms so common that most passages are candidates).

A small index is held in `array.array`s and scored in plain Python (a dict of the passages
its terms touch), so that a question of a small corpus never imports numpy: at the start of
a `qa ask`, importing numpy costs about as much as starting typer and rich. The sums are the
same float additions in the same order, so the scores are the same to the last bit.
"""
from __future__ import annotations

from .bm25 import top_k

SPARSE_MIN_PASSAGES = 20_000  # below this the dense array costs less than the bookkeeping
DENSE_SHARE = 0.05  # more candidates than this share of the passages: the dense array is cheaper
BOUND_MARGIN = 1e-9  # float sums of bounds and of scores are added in different orders


class QueryScores:
    """Scores of one weighted query over an index: `scores[i]`, `top(n)`, and the filters'
    `scores[start:end] = 0.0`, as the dense array offers them."""

    def __init__(self, index, terms: list[tuple[int, float]]):
        self.index, self.terms = index, terms  # (term id, query weight), in query order
        self.excluded: list[tuple[int, int]] = []
        self.known: dict[int, float] = {}  # exact scores computed so far
        self._dense: np.ndarray | None = None
        self._plain: dict[int, float] | None = None  # a small index's scores, by passage
        self.small = not hasattr(index.docs, "dtype")  # held without numpy

    def __len__(self) -> int:
        return len(self.index.passages)

    def __setitem__(self, key, value) -> None:
        if not isinstance(key, slice) or value != 0:
            raise TypeError("only ranges of scores can be set, and only to 0")
        start, stop, _ = key.indices(len(self))
        self.excluded.append((start, stop))
        self.known = {i: s for i, s in self.known.items() if not start <= i < stop}
        if self._dense is not None:
            self._dense[start:stop] = 0.0
        if self._plain is not None:
            for i in [i for i in self._plain if start <= i < stop]:
                del self._plain[i]

    def __getitem__(self, i) -> float:
        i = int(i)
        if self._dense is not None:
            return float(self._dense[i])
        if self.small:
            return self.plain().get(i, 0.0)
        if i not in self.known:
            excluded = any(start <= i < stop for start, stop in self.excluded)
            import numpy as np

            self.known[i] = 0.0 if excluded else float(self.at(np.array([i]))[0])
        return self.known[i]

    def dense(self) -> np.ndarray:
        """Every passage's score (the filters' zeroed ranges included)."""
        if self._dense is None:
            self._dense = self.index.dense_scores(self.terms)
            for start, stop in self.excluded:
                self._dense[start:stop] = 0.0
        return self._dense

    def plain(self) -> dict[int, float]:
        """A small index's scores of the passages its terms touch, in plain Python."""
        if self._plain is None:
            scores: dict[int, float] = {}
            for tid, weight in self.terms:
                docs, weights = self.index.postings_of(tid)
                get = scores.get
                if weight != 1.0:
                    weights = [weight * w for w in weights]
                for doc, w in zip(docs, weights):
                    scores[doc] = get(doc, 0.0) + w
            for start, stop in self.excluded:
                for i in [i for i in scores if start <= i < stop]:
                    del scores[i]
            self._plain = scores
        return self._plain

    def top(self, n: int):
        """Indices of the n best positive scores, best first, ties by position."""
        if self.small and self._dense is None:
            ranked = sorted((-score, i) for i, score in self.plain().items() if score > 0)
            return [i for _, i in ranked[:n]]
        if self._dense is not None or self.excluded or len(self) < SPARSE_MIN_PASSAGES:
            return top_k(self.dense(), n)
        candidates = self.candidates(n)
        if candidates is None:
            return top_k(self.dense(), n)
        scores = self.at(candidates)
        best = top_k(scores, n)
        self.known.update(zip(candidates[best].tolist(), scores[best].tolist()))
        return candidates[best]

    def candidates(self, n: int) -> np.ndarray | None:
        """Sorted passage ids among which the n best are surely found; None when they would
        be too many for pruning to pay."""
        import numpy as np

        index, terms = self.index, self.terms
        bounds = [weight * index.at["term_max"][tid] for tid, weight in terms]
        by_bound = sorted(range(len(terms)), key=lambda j: -bounds[j])
        threshold = self.threshold([terms[j][0] for j in by_bound], n)
        if threshold <= 0:
            return None
        essential, skipped = [], 0.0
        for j in reversed(by_bound):  # the smallest bounds are skipped while they sum below T
            if not essential and (skipped + bounds[j]) * (1 + BOUND_MARGIN) < threshold:
                skipped += bounds[j]
            else:
                essential.append(terms[j][0])
        sizes = sum(index.doc_freq_of(tid) for tid in essential)
        if not essential or sizes > DENSE_SHARE * len(self):
            return None
        return distinct(np.concatenate([np.asarray(index.postings_of(tid)[0])
                                        for tid in essential]))

    def threshold(self, tids_by_bound: list[int], n: int) -> float:
        """A score that at least n passages reach (the n-th best among the passages of the
        terms with the largest bounds), or 0 when fewer than n are found that way."""
        import numpy as np

        index, seen, pieces = self.index, 0, []
        if not tids_by_bound:
            return 0.0
        for tid in tids_by_bound:
            docs = np.asarray(index.postings_of(tid)[0])
            pieces.append(docs)
            seen += len(docs)
            if seen >= 4 * n:
                break
        if seen > DENSE_SHARE * len(self):
            return 0.0
        sample = self.at(distinct(np.concatenate(pieces)))
        positive = sample[sample > 0]
        if len(positive) < n:
            return 0.0
        return float(np.partition(positive, len(positive) - n)[len(positive) - n])

    def at(self, passages: np.ndarray) -> np.ndarray:
        """Exact scores of the given sorted passage ids, added up in query order."""
        import numpy as np

        scores = np.zeros(len(passages), dtype=np.float64)
        for tid, weight in self.terms:
            docs, weights = map(np.asarray, self.index.postings_of(tid))
            if not len(docs):
                continue
            if len(docs) <= len(passages):  # look the postings up among the passages
                at = np.searchsorted(passages, docs)
                hit = passages[np.minimum(at, len(passages) - 1)] == docs
                found = weights[hit] if weight == 1.0 else weight * weights[hit]
                contribution = np.zeros(len(passages), dtype=np.float64)
                contribution[at[hit]] = found
            else:  # look the passages up among the postings
                at = np.minimum(np.searchsorted(docs, passages), len(docs) - 1)
                hit = docs[at] == passages
                found = weights[at] if weight == 1.0 else weight * weights[at]
                contribution = np.where(hit, found, 0.0)
            scores += contribution
        return scores


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted (np.unique hashes, several times slower on these)."""
    import numpy as np

    values = np.sort(values)
    if len(values) > 1:
        values = values[np.concatenate(([True], values[1:] != values[:-1]))]
    return values


def top_k_above(scores: np.ndarray, k: int, sample, reaching=None) -> np.ndarray:
    """`top_k(scores, k)`, the same indices in the same order, where `sample` (distinct
    passage ids, e.g. one query term's postings) holds k positive scores: the k-th best of
    those is at most the k-th best of all, so only the scores reaching it are partitioned
    and sorted, not every positive one (tens of thousands where the query's words are
    common, where partitioning them cost more than adding the postings up). `reaching(floor)`,
    when given, is `np.flatnonzero(scores >= floor)` for a positive floor, found more
    cheaply (among the postings of the terms scored)."""
    import numpy as np

    if len(sample) >= k > 0:
        found = scores[sample]
        floor = np.partition(found, len(found) - k)[len(found) - k]
        if floor > 0:  # then as `top_k` does, among the passages reaching the floor
            candidates = (reaching(float(floor)) if reaching
                          else np.flatnonzero(scores >= floor))
            kept = scores[candidates]
            if len(candidates) > k:
                kth = np.partition(kept, len(kept) - k)[len(kept) - k]
                candidates, kept = candidates[kept >= kth], kept[kept >= kth]
            return candidates[np.lexsort((candidates, -kept))][:k]
    return top_k(scores, k)
