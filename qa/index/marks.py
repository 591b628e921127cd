"""Terms' weights at many passages at once, found by one pass over each term's postings.

`Index.weights_at` finds each passage in a term's postings: a binary search per passage (in
each run of ids), missing the CPU caches at nearly every step. The capped expansions ask it
of thousands of passages near the pool's floor (`rank.capped_expansions_near_best`: 11k-77k
at 1M passages for the slowest questions), for synonyms of a few thousand to a few hundred
thousand postings each, and there it cost 40-120 ns a passage (1-10 ms a synonym). Where a
term's postings are few beside the passages asked about, one pass over the postings costs
less: each posting's passage is checked against a mark per passage of the index (one byte
each, set once for all the terms asked about those passages), and only the postings found
are weighed, as `weights_at`'s look-ups weigh them.

The weights are the same floats: idf times the factor of the posting's (tf, length) code,
the product `Index.postings_of` computes, or read from its computed postings.
"""
from __future__ import annotations

import threading

# a pass over a term's postings while they are at most this many times the passages asked
# about; a binary search per passage beyond (measured at 1M passages: a pass costs 2-8 ns a
# posting, a search 40-120 ns a passage, the passes 0.3-3 ms against 0.5-10 ms where the
# postings were 0.2-10 times the passages)
SCAN_SHARE = 10
# and only for this many passages or more: below, marking them (a 1 MB array at 1M passages)
# costs about what the searches do
SCAN_MIN_PASSAGES = 2048


class PassageMarks:
    """The sorted, distinct `passages` (int64) of a big index, marked for `weights_at`, in a
    `with` block: the marks are one array kept on the index (fresh memory each time came
    from fresh pages, each faulted in), cleared on leaving the block; while another thread
    holds them, the passages are searched for as `Index.weights_at` does."""

    def __init__(self, index, passages):
        self.index, self.passages = index, passages
        self.marked = None  # the index's marks, these passages set, once a pass needs them
        self.lock = None  # the marks' lock, once asked for (False: another thread has it)

    def __enter__(self) -> PassageMarks:
        return self

    def __exit__(self, *exc) -> None:
        if self.marked is not None:
            self.marked[self.passages] = False  # clear for the next
            self.marked = None
            self.lock.release()

    def weights_at(self, tid: int):
        """`Index.weights_at(tid, passages)`: whether each passage holds term `tid`, and its
        weight there (0.0 where none), by a pass over the postings where that costs less."""
        index, passages = self.index, self.passages
        if (index.small or len(passages) < SCAN_MIN_PASSAGES
                or index.doc_freq_of(tid) > SCAN_SHARE * len(passages) or self.marks() is None):
            return index.weights_at(tid, passages)
        import numpy as np

        if tid in index.computed:  # kept computed: their ids and weights as they are
            docs, weights = map(np.asarray, index.postings_of(tid))
            found = np.flatnonzero(self.marked[docs])
            found_weights = weights[found]
        else:  # the ids alone, and only the postings found weighed
            start = int(index.at["offsets"][tid])
            docs = index.passage_ids(tid, start, int(index.at["offsets"][tid + 1]))
            found = np.flatnonzero(self.marked[docs])
            arrays = index.numpy_arrays()
            found_weights = arrays["factors"][arrays["codes"][start + found]] * index.at["idf"][tid]
        at = np.searchsorted(passages, docs[found])  # each found passage is among them
        hit = np.zeros(len(passages), dtype=bool)
        hit[at] = True
        weights_at = np.zeros(len(passages))
        weights_at[at] = found_weights
        return hit, weights_at

    def marks(self):
        """The index's marks with these passages set (None while another thread has them)."""
        if self.lock is None:
            import numpy as np

            kept = self.index.__dict__  # setdefault: one lock whichever thread comes first
            self.lock = kept.setdefault("_passage_marks_lock", threading.Lock())
            if not self.lock.acquire(blocking=False):
                self.lock = False
                return None
            try:
                marked = kept.get("_passage_marks")
                if marked is None or len(marked) != len(self.index.passages):
                    marked = np.zeros(len(self.index.passages), dtype=bool)
                    kept["_passage_marks"] = marked
                marked[self.passages] = True
            except BaseException:  # no marks set: the lock is let go here, not on leaving
                self.lock.release()
                raise
            self.marked = marked
        return self.marked
