"""The index as a query sees it: passages, the vocabulary, and postings with BM25 weights.

Postings of term t are `offsets[t]:offsets[t+1]` (ascending passage ids), each with the code
of its (term frequency, passage length) pair. A posting's BM25 weight is the term's idf times
the pair's factor `tf * (k1 + 1) / (tf + norm)` (`factors`, a table of a few thousand), taken
when a query reads the posting: the same operations as rank-bm25's, so the same floats as
storing the weights, in two bytes a posting instead of eight. A passage id is stored as its
low 16 bits (`docs`) and its high bits once per run of a term's postings that share them
(`doc_runs`, `doc_run_highs`, `doc_run_offsets`): two bytes a posting instead of four. A
query touches only the postings of its own terms. Every part may be memory-mapped
(`qa.index.store` decides), so opening a big index reads almost nothing.
"""
from __future__ import annotations

import math
import threading
from bisect import bisect_right
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence


from ..text.analyze import Analyzer
from ..types import Passage
from .bm25 import BM25Params, passage_norms, term_maxima, tf_factors, top_k
from .scores import QueryScores
from .tables import SortedStrings, as_ints


# weights of at least this many postings are kept computed (24 MB with their passage ids):
# the terms of the last questions
COMPUTED_POSTINGS = 1 << 21
# and of an eighth of a big index's postings (12 bytes each kept: 1.5 bytes a posting of
# the index): one question with feedback reads the postings of up to ~14 terms, several
# million at 1M passages, each several times, and must not evict its own terms
COMPUTED_SHARE = 8
REMEMBERED_IDS = 4096  # terms whose vocabulary position is kept
LOOKED_UP = 4096  # terms whose weights `weights_at` looked up without computing them all
# a look-up costs about as much as computing 1,600 weights per run of ids it searches (8 vs
# 0.005 us): `weights_at` looks a term up only where its postings are several times that,
# and again only while all its look-ups together stay below that many postings per run
LOOKUP_POSTINGS = 4096
# the dense sums' postings are joined into two buffers kept on the index, up to this many
# (32 MB at most): fresh arrays each question came from fresh pages, each faulted in
JOINED_POSTINGS = 1 << 21


@dataclass
class Index:
    passages: Sequence[Passage]
    terms: SortedStrings
    offsets: np.ndarray  # int64, one more than there are terms
    docs: np.ndarray  # uint16 low 16 bits of each posting's passage id (see postings_of)
    codes: np.ndarray  # uint16 each posting's (tf, passage length) pair, in `factors`
    params: BM25Params
    analyzer: Analyzer
    sources: list[dict] = field(default_factory=list)  # {source, title, first, count, ...}
    acronyms: dict[str, str] = field(default_factory=dict)  # "tob" -> "Temporary Operating Bases"
    synonyms: dict = field(default_factory=dict)  # {"words": {stem: [...]}, "names": {...}}
    meta: dict = field(default_factory=dict)
    # the term counts of passages whose BM25 terms are not their tokens (see qa.index.build)
    fwd_exceptions: dict = field(default_factory=dict)
    folder: Path | None = None  # where it is stored (None for an index held in memory only)
    term_max: np.ndarray | None = None  # float64 largest weight of each term's postings
    # each passage's sentences and their terms (see `sentence_terms`); the term ids of words
    # only a sentence has are numbered after the vocabulary, in `extra_terms`
    tokens: np.ndarray | None = None  # uint16 below 65,536 ids, else low 16 bits (and:)
    token_highs: np.ndarray | None = None  # uint8 high bits of each token's id, or empty
    token_offsets: np.ndarray | None = None
    sentences: np.ndarray | None = None  # int32 (start, end, end of its terms) a sentence
    sentence_offsets: np.ndarray | None = None
    extra_terms: list[str] = field(default_factory=list)
    idf: np.ndarray | None = None  # float64 BM25Okapi idf of each term
    factors: np.ndarray | None = None  # float64 tf * (k1 + 1) / (tf + norm) of each pair
    # runs of postings whose passage ids share their high bits: where each run starts (a
    # posting number), those bits (id >> 16), and each term's first run (one more than terms)
    doc_runs: np.ndarray | None = None
    doc_run_highs: np.ndarray | None = None
    doc_run_offsets: np.ndarray | None = None
    # each passage's length in BM25 terms, as the build weighed its postings (`weights_in`)
    doc_lengths: np.ndarray | None = None

    def __post_init__(self):
        # weights computed for recent terms: a question reads a term's postings several
        # times (threshold, candidates, exact scores, re-scoring, feedback)
        self.computed: dict[int, object] = {}
        self.computed_size = 0
        self.computed_cap = max(COMPUTED_POSTINGS, len(self.docs) // COMPUTED_SHARE)
        self.last_dense = None  # the last dense sums (`dense_scores`)
        self.joined_buffers = None  # (ids, weights) the dense sums' postings are joined in
        self.joining = threading.Lock()  # held while a thread's sums use those buffers
        self.known_ids: dict[str, int | None] = {}
        # terms `weights_at` read without computing them, and how many times
        self.looked_up: dict[int, int] = {}
        if self.term_max is None:
            self.term_max = term_maxima(self.offsets, self.weights)
        # Python numbers for per-item reads: an item of a memory-mapped array is a numpy
        # scalar made through several Python calls, a slice a new memmap object
        self.at = {name: as_ints(getattr(self, name)) for name in (
            "offsets", "term_max", "tokens", "token_highs", "token_offsets", "sentences",
            "sentence_offsets", "idf", "doc_runs", "doc_run_highs", "doc_run_offsets")
            if getattr(self, name) is not None}
        # plain ndarray views of the memory-mapped postings (a slice of a memmap is made in
        # Python, several microseconds a time) and the tf = 1 factors, made on first use
        self.arrays: dict[str, np.ndarray] = {}
        self.source_firsts: list[int] | None = None  # each source's first passage, on first use

    @property
    def weights(self):
        """Every posting's BM25 weight, in posting order (as big as 8 bytes a posting: for
        tests and tools; queries compute the weights of their terms' postings alone)."""
        if self.small:
            return array("d", [w for tid in range(len(self.terms))
                               for w in self.postings_of(tid)[1]])
        import numpy as np

        term_of = np.repeat(np.arange(len(self.terms)), np.diff(np.asarray(self.offsets)))
        return np.asarray(self.idf)[term_of] * np.asarray(self.factors)[np.asarray(self.codes)]

    def posting_passages(self) -> np.ndarray:
        """Every posting's passage id, in posting order (4 bytes a posting: for tests and
        tools)."""
        import numpy as np

        runs = np.asarray(self.doc_runs, dtype=np.int64)
        highs = np.asarray(self.doc_run_highs, dtype=np.int64) << 16
        counts = np.diff(np.append(runs, len(self.docs)))
        return np.asarray(self.docs, dtype=np.int64) + np.repeat(highs, counts)

    def in_numpy(self) -> Index:
        """This index with its postings, idf and factors in numpy arrays, as a big index
        holds them (to compare the plain-Python and the numpy ways of scoring)."""
        import numpy as np

        return replace(self, docs=np.asarray(self.docs), codes=np.asarray(self.codes),
                       idf=np.asarray(self.idf), factors=np.asarray(self.factors),
                       doc_runs=np.asarray(self.doc_runs),
                       doc_run_highs=np.asarray(self.doc_run_highs),
                       doc_run_offsets=np.asarray(self.doc_run_offsets),
                       tokens=np.asarray(self.tokens), token_highs=np.asarray(self.token_highs))

    @property
    def small(self) -> bool:
        """Held in `array.array`s and searched without numpy (`qa.index.store`)."""
        return not hasattr(self.docs, "dtype")

    @property
    def titles(self) -> dict[str, str]:
        return {s["source"]: s["title"] for s in self.sources}

    def term_id(self, term: str) -> int | None:
        """A term's vocabulary position, remembered: finding it is a bisection over the
        memory-mapped vocabulary (tens of microseconds in Python), and a question looks each
        of its terms up several times (BM25, the words typed, the expansions' cap, feedback),
        as a batch's questions repeat words."""
        found = self.known_ids
        if term not in found:
            if len(found) >= REMEMBERED_IDS:
                found.clear()
            found[term] = self.terms.position(term)
        return found[term]

    def token_id(self, term: str) -> int | None:
        """The id `sentence_terms` gives a term: its vocabulary position, or after those."""
        tid = self.terms.position(term)
        if tid is None and term in self.extra_terms:
            tid = len(self.terms) + self.extra_terms.index(term)
        return tid

    def sentence_terms(self, passage_id: int) -> tuple[list[tuple[int, int]], list[list[int]]]:
        """The (start, end) of each sentence of a passage, as `split_sentences` finds them,
        and the term ids of each sentence's words (stopwords left out), as `Analyzer.terms`
        gives them: computed at build time, so that re-scoring splits no text."""
        at = self.at
        first, last = at["sentence_offsets"][passage_id], at["sentence_offsets"][passage_id + 1]
        rows = at["sentences"][3 * first:3 * last].tolist()
        start, end = at["token_offsets"][passage_id], at["token_offsets"][passage_id + 1]
        tokens = self.token_ids(start, end)
        spans, terms, begin = [], [], 0
        for at in range(0, len(rows), 3):
            spans.append((rows[at], rows[at + 1]))
            terms.append(tokens[begin:rows[at + 2]])
            begin = rows[at + 2]
        return spans, terms

    def token_ids(self, start: int, end: int) -> list[int]:
        """The term ids of tokens start:end: as stored, or their low 16 bits plus the high
        byte stored apart (`token_highs`, empty when every id fits in 16 bits)."""
        if not len(self.token_highs):
            return self.at["tokens"][start:end].tolist()
        if self.small:
            return [low | high << 16 for low, high in zip(self.at["tokens"][start:end],
                                                          self.at["token_highs"][start:end])]
        arrays = self.numpy_arrays()  # twice as fast as pairing them in Python
        return (arrays["token_highs"][start:end].astype("int32") << 16
                | arrays["tokens"][start:end]).tolist()

    def token_array(self, start: int, end: int) -> np.ndarray:
        """`token_ids` as an int64 numpy array."""
        return self.tokens_at(slice(start, end))

    def tokens_at(self, at) -> np.ndarray:
        """The term ids of the tokens at `at` (a slice or an array of positions), int64: the
        low 16 bits stored plus the high byte kept apart past 65,536 terms."""
        import numpy as np

        arrays = self.numpy_arrays()
        ids = arrays["tokens"][at].astype(np.int64)
        if len(arrays["token_highs"]):
            ids |= arrays["token_highs"][at].astype(np.int64) << 16
        return ids

    def term_counts(self, passage_id: int) -> tuple[np.ndarray, np.ndarray]:
        """The vocabulary ids of a passage's BM25 terms, ascending, and how often each occurs:
        its stored tokens counted (words only a sentence has left out), but for the few
        passages whose terms are stored apart (`fwd_exceptions`)."""
        import numpy as np

        stored = self.fwd_exceptions.get(passage_id, self.fwd_exceptions.get(str(passage_id)))
        if stored is not None:
            return np.asarray(stored[0], dtype=np.int64), np.asarray(stored[1])
        start, end = self.at["token_offsets"][passage_id], self.at["token_offsets"][passage_id + 1]
        ids, counts = np.unique(self.token_array(start, end), return_counts=True)
        keep = ids < len(self.terms)
        return ids[keep], counts[keep]

    def document_postings(self, document: int) -> int:
        """How many postings (distinct terms of each passage, summed) a document's passages
        have: counted at build time (`sources.json`), so that a question reads nothing for
        it (counting a document's stored tokens cost feedback about 1 ms a document the
        first time a process met it, most of a first question's time at 200k passages)."""
        return self.sources[document]["postings"]

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """The passage ids and weights of a term's postings, as numpy arrays."""
        import numpy as np

        tid = self.term_id(term)
        if tid is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float64)
        docs, weights = self.postings_of(tid)
        return np.asarray(docs), np.asarray(weights, dtype=np.float64)

    def postings_of(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        """A term's passage ids (ascending) and their BM25 weights: int32 and float64 numpy
        arrays, or for a small index an `array.array` and a list. Weights are computed from
        the postings' codes (`qa.index.build`: idf times the factor of the posting's tf and
        passage length, as rank-bm25 computes it); both are kept for
        recent terms."""
        found = self.computed.pop(tid, None)
        if found is not None:
            self.computed[tid] = found  # most recent last: evicted after the others
            return found
        offsets = self.at["offsets"]
        start, end = offsets[tid], offsets[tid + 1]
        docs = self.passage_ids(tid, start, end)
        idf = self.at["idf"][tid]
        if self.small:
            factors = self.factors
            weights = [idf * factors[code] for code in self.codes[start:end]]
        else:
            arrays = self.numpy_arrays()
            weights = arrays["factors"][arrays["codes"][start:end]]
            weights *= idf  # idf * factor, as at build time: a product's order is no matter
        # the least recently read terms make room, one by one: clearing them all made a
        # question whose terms hold more postings than the cap compute its own terms again
        # at each step (at 1M passages: rank() p50 18-20 ms, against 7-9 ms with this)
        while self.computed and self.computed_size + (end - start) > self.computed_cap:
            self.computed_size -= len(self.computed.pop(next(iter(self.computed)))[0])
        found = self.computed[tid] = (docs, weights)
        self.computed_size += end - start
        return found

    def weights_at(self, tid: int, passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Whether each of the sorted, distinct `passages` (int64) holds term `tid`, and the
        weight of its posting there (0.0 where it holds none): the floats `postings_of`
        gives.

        Feedback and the expansions' caps ask this of a few hundred passages for common
        terms that the question reads nowhere else. The first time, a term of many postings
        is looked up in its stored postings (a binary search per run of ids: 16 at 1M
        passages) and only the postings found are weighed: computing all its weights costs
        5 ns a posting, 0.4 ms for a term in a tenth of 1M passages, against 0.14 ms. A
        term read again and again is computed whole and kept (`postings_of`), as the terms
        of the question itself are, once its look-ups have cost about as much as that:
        common words come back question after question."""
        import numpy as np

        found, looks_up = self.computed.pop(tid, None), False
        if found is not None:
            self.computed[tid] = found  # most recent last, as `postings_of` keeps them
        elif not self.small:
            # look-ups while they cost less in all than computing the term whole (a rent
            # or buy rule: never more than twice the cheaper of the two, whatever follows);
            # a common synonym that is looked up at a few hundred passages question after
            # question was computed whole the second time (2 ms for 400k postings at 1M)
            runs = self.at["doc_run_offsets"][tid + 1] - self.at["doc_run_offsets"][tid]
            times = self.looked_up.get(tid, 0) + 1
            looks_up = self.doc_freq_of(tid) > LOOKUP_POSTINGS * runs * times
        if found is None and not looks_up:
            found = self.postings_of(tid)
        weights = np.zeros(len(passages))
        if found is None:
            if len(self.looked_up) >= LOOKED_UP:
                self.looked_up.clear()
            self.looked_up[tid] = self.looked_up.get(tid, 0) + 1
            position = self.posting_positions(tid, passages)
            hit = position >= 0
            codes = self.numpy_arrays()["codes"][position[hit]]
            weights[hit] = self.numpy_arrays()["factors"][codes] * self.at["idf"][tid]
            return hit, weights
        docs, stored = map(np.asarray, found)
        if not len(docs) or not len(passages):
            return np.zeros(len(passages), dtype=bool), weights
        if len(docs) <= len(passages):  # whichever is shorter is looked up in the other
            at = np.searchsorted(passages, docs)
            held = passages[np.minimum(at, len(passages) - 1)] == docs
            hit = np.zeros(len(passages), dtype=bool)
            hit[at[held]] = True
            weights[at[held]] = stored[held]
        else:
            # the passages in the postings' own type: searchsorted would copy the postings
            at = np.minimum(docs.searchsorted(passages.astype(docs.dtype)), len(docs) - 1)
            hit = docs[at] == passages
            weights[hit] = stored[at[hit]]
        return hit, weights

    def weights_in(self, tids: list[int],
                   passages: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """`weights_at` for several terms at once: whether each of the sorted, distinct
        `passages` (int64) holds each of the vocabulary terms `tids`, and its weight there
        (0.0 where none), one row per passage and one column per term; the same floats.

        Read from the passages' stored tokens, not from the terms' postings: feedback asks
        this of its ten model terms, common words of tens of thousands of postings each, at
        the 200 passages of the pool, and a binary search of 200 passages in such postings
        misses the CPU caches at nearly every step (35-90 us a term against 8 us with the
        postings in cache), where the pool's tokens are 200 short runs read once for all the
        terms (a term's tokens found by comparing their stored low 16 bits, a few passes
        over a few kilobytes, then reading the high bits of those alone). A posting's weight
        is its term's idf times the factor of its (tf, passage length) pair, the build's
        `tf_factors(tf, passage_norms(length, avgdl))`: the same operations on the same
        numbers, so the same floats as the stored pair's factor. Repeated terms, a small
        index and one stored without tokens are read term by term (`weights_at`)."""
        import numpy as np

        tids = np.asarray(tids, dtype=np.int64)
        if (self.small or self.doc_lengths is None or self.sentences is None
                or len(set(tids.tolist())) < len(tids)):  # np.unique: 15 us for ten
            columns = [self.weights_at(int(tid), passages) for tid in tids]
            shape = (len(passages), len(tids))
            return (np.stack([hit for hit, _ in columns], axis=1) if columns
                    else np.zeros(shape, dtype=bool),
                    np.stack([w for _, w in columns], axis=1) if columns else np.zeros(shape))
        offsets = np.asarray(self.token_offsets)
        # offsets are stored unsigned (uint32): signed before any subtraction
        starts = offsets[passages].astype(np.int64)
        lengths = offsets[passages + 1].astype(np.int64) - starts
        begin = np.cumsum(lengths) - lengths  # where each passage's tokens start in `tokens`
        positions = (np.arange(int(lengths.sum()), dtype=np.int64)
                     + np.repeat(starts - begin, lengths))
        arrays = self.numpy_arrays()
        lows, highs = arrays["tokens"][positions], arrays["token_highs"]  # an id's 16 low bits
        tf = np.zeros((len(passages), len(tids)), dtype=np.int64)
        if len(tids) and len(lows):
            # a few compares of the low 16 bits, then the high bits of the tokens that pass:
            # no table as big as the vocabulary read at random (each read a cache miss)
            wanted_lows = tids & 0xFFFF if len(highs) else tids
            if lows.dtype == np.uint16:  # one look-up in a 64 KB table of the low bits wanted
                table = np.zeros(65536, dtype=bool)
                table[wanted_lows & 0xFFFF] = True
                found = np.flatnonzero(table[lows])
            else:
                wanted_lows = np.unique(wanted_lows).astype(lows.dtype)
                held = lows == wanted_lows[0]
                for low in wanted_lows[1:]:
                    held |= lows == low
                found = np.flatnonzero(held)
            ids = lows[found].astype(np.int64)
            if len(highs):
                ids |= highs[positions[found]].astype(np.int64) << 16
            order = np.argsort(tids, kind="stable")
            ordered = tids[order]
            place = np.minimum(ordered.searchsorted(ids), len(tids) - 1)
            kept = ordered[place] == ids
            found, columns = found[kept], order[place[kept]]
            row = np.searchsorted(begin, found, side="right") - 1
            tf = np.bincount(row * len(tids) + columns, minlength=tf.size).reshape(tf.shape)
        for row in self.exception_rows(passages):  # their BM25 terms are stored apart
            counts = dict(zip(*(part.tolist() for part in self.term_counts(int(passages[row])))))
            tf[row] = [counts.get(tid, 0) for tid in tids.tolist()]
        hit = tf > 0
        rows, columns = np.nonzero(hit)
        norms = passage_norms(np.asarray(self.doc_lengths)[passages[rows]].astype(np.int64),
                              self.average_length(), self.params)
        weights = np.zeros(tf.shape)
        weights[rows, columns] = (tf_factors(tf[rows, columns], norms, self.params)
                                  * np.asarray(self.idf)[tids[columns]])
        return hit, weights

    def average_length(self) -> float:
        """The passages' mean length in BM25 terms, as the build computed it."""
        found = self.__dict__.get("_average_length")
        if found is None:
            import numpy as np

            total = np.asarray(self.doc_lengths, dtype=np.int64).sum()
            found = self.__dict__["_average_length"] = (
                float(total) / max(len(self.doc_lengths), 1) or 1.0)
        return found

    def exception_rows(self, passages: np.ndarray) -> list[int]:
        """The positions in `passages` of those whose BM25 terms are stored apart."""
        if not self.fwd_exceptions:
            return []
        import numpy as np

        ids = self.__dict__.get("_exception_ids")
        if ids is None:
            ids = self.__dict__["_exception_ids"] = np.sort(np.fromiter(
                (int(p) for p in self.fwd_exceptions), dtype=np.int64))
        at = np.minimum(ids.searchsorted(passages), len(ids) - 1)
        return np.flatnonzero(ids[at] == passages).tolist()

    def posting_positions(self, tid: int, passages: np.ndarray) -> np.ndarray:
        """The posting number of term `tid` at each of the sorted `passages` (int64), -1
        where it has none, found in the stored low 16 bits of its passage ids: a binary
        search in each run of ids sharing their high bits, for the passages in that run."""
        import numpy as np

        at, lows = self.at, self.numpy_arrays()["docs"]
        first, last = at["doc_run_offsets"][tid], at["doc_run_offsets"][tid + 1]
        position = np.full(len(passages), -1, dtype=np.int64)
        if first == last or not len(passages):
            return position
        starts = list(at["doc_runs"][first:last])
        ends = starts[1:] + [at["offsets"][tid + 1]]
        highs = np.asarray(list(at["doc_run_highs"][first:last]), dtype=np.int64) << 16
        begins = np.searchsorted(passages, highs).tolist()  # the passages of each run
        stops = np.searchsorted(passages, highs + 65536).tolist()
        # their low bits in the postings' own type (searchsorted would copy the postings)
        wanted = (passages & 0xFFFF).astype(lows.dtype)
        for start, end, begin, stop in zip(starts, ends, begins, stops):
            if begin < stop:  # a passage past the run's last posting is compared with it
                place = lows[start:end].searchsorted(wanted[begin:stop])
                position[begin:stop] = start + np.minimum(place, end - start - 1)
        looked = np.flatnonzero(position >= 0)
        position[looked[lows[position[looked]] != wanted[looked]]] = -1
        return position

    def passage_ids(self, tid: int, start: int, end: int):
        """The passage ids of postings start:end (those of term `tid`): their low 16 bits
        plus the high bits of each run of them."""
        at = self.at
        first, last = at["doc_run_offsets"][tid], at["doc_run_offsets"][tid + 1]
        if self.small:
            lows = self.docs[start:end]
            if last - first == 1 and at["doc_run_highs"][first] == 0:
                return lows  # under 65,536 passages, as small indexes are
            ids = array("i", lows)
            bounds = [*at["doc_runs"][first:last], end]
            for run in range(first, last):
                high = at["doc_run_highs"][run] << 16
                for i in range(bounds[run - first] - start, bounds[run - first + 1] - start):
                    ids[i] += high
            return ids
        import numpy as np

        ids = self.numpy_arrays()["docs"][start:end].astype(np.int32)  # a copy, to add to
        runs, highs = at["doc_runs"], at["doc_run_highs"]
        for run in range(first, last):  # one run per 65,536 passages at most
            if highs[run]:
                stop = runs[run + 1] if run + 1 < last else end
                ids[runs[run] - start:stop - start] += highs[run] << 16
        return ids

    def numpy_arrays(self) -> dict[str, np.ndarray]:
        if not self.arrays:
            import numpy as np

            self.arrays = {name: np.asarray(getattr(self, name))
                           for name in ("docs", "codes", "factors", "tokens", "token_highs")}
        return self.arrays

    def doc_freq(self, term: str) -> int:
        tid = self.term_id(term)
        return 0 if tid is None else self.doc_freq_of(tid)

    def doc_freq_of(self, tid: int) -> int:
        offsets = self.at["offsets"]
        return offsets[tid + 1] - offsets[tid]

    def sentences_with(self, passage_id: int, wanted) -> tuple:
        """A passage's sentence spans and which of the `wanted` terms each sentence has (as
        `Analyzer.terms` of the sentence would find them); () for an index without them."""
        if self.sentences is None:
            return ()
        ids = {tid: term for term in wanted if (tid := self.token_id(term)) is not None}
        spans, found = self.sentence_terms(passage_id)
        return spans, [[ids[t] for t in sentence if t in ids] for sentence in found]

    def weight_of(self, term: str) -> float:
        """A positive idf, for weighing evidence beyond BM25 (sentences, claims, headings):
        BM25's floor for common terms is not wanted there."""
        n, df = len(self.passages), self.doc_freq(term)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def bm25_scores(self, query_terms: Iterable[str]) -> np.ndarray:
        """BM25Okapi.get_scores for these terms (repeats count, as in rank-bm25): every
        passage's score."""
        return self.weighted_scores((term, 1.0) for term in query_terms).dense()

    def weighted_scores(self, weighted_terms: Iterable[tuple[str, float]]) -> QueryScores:
        """BM25 where each query term counts `weight` times (expanded terms count less),
        computed as far as it is asked for (`qa.index.scores`)."""
        found = []
        for term, weight in weighted_terms:
            tid = self.term_id(term)
            if tid is not None:  # a term the corpus lacks adds nothing anywhere
                found.append((tid, weight))
        return QueryScores(self, found)

    def dense_scores(self, terms: list[tuple[int, float]]) -> np.ndarray:
        import numpy as np

        # np.bincount adds the weights in array order into an array of zeros: term after
        # term, the same float additions as `scores[docs] += weights` term by term (each
        # term's docs are distinct), in one pass of C instead of numpy's gather, add and
        # scatter per term (1.5-2x faster: the 8 MB array at 1M passages is touched once)
        docs, weights = [], []
        for tid, weight in terms:
            found, found_weights = map(np.asarray, self.postings_of(tid))
            docs.append(found)
            weights.append(found_weights if weight == 1.0 else weight * found_weights)
        if not docs:
            return np.zeros(len(self.passages), dtype=np.float64)
        with self.joined(docs, weights) as (ids, weights):
            # the last sums' memory, kept until now, is what the allocator hands these:
            # freed between questions, it went to the next question's first arrays and
            # these came from fresh pages, each a huge page the kernel faulted in and
            # zeroed (numpy advises them for arrays of 4 MB or more): at 1M passages the
            # slowest questions' time
            self.last_dense = None
            self.last_dense = np.bincount(ids, weights=weights, minlength=len(self.passages))
        return self.last_dense

    @contextmanager
    def joined(self, docs: list, weights: list):
        """The terms' passage ids (as int64 at once: np.bincount would otherwise copy int32
        ids to intp) and weights, each joined into one array: into the index's kept buffers
        (their pages already there) where the postings are at most JOINED_POSTINGS and no
        other thread is using them, else into new arrays."""
        import numpy as np

        n = sum(map(len, docs))
        if n > JOINED_POSTINGS or not self.joining.acquire(blocking=False):
            yield np.concatenate(docs, dtype=np.int64), np.concatenate(weights)
            return
        try:
            kept = self.joined_buffers
            if kept is None or len(kept[0]) < n:  # grown by half at least, to the largest
                size = min(max(n, 3 * (len(kept[0]) if kept else 0) // 2), JOINED_POSTINGS)
                kept = self.joined_buffers = (np.empty(size, dtype=np.int64), np.empty(size))
            yield (np.concatenate(docs, out=kept[0][:n], casting="same_kind"),
                   np.concatenate(weights, out=kept[1][:n]))
        finally:
            self.joining.release()

    def search(self, query_terms: list[str], k: int) -> list[tuple[int, float]]:
        """(passage id, score) of the k best-scoring passages, ties by position."""
        scores = self.weighted_scores((term, 1.0) for term in query_terms)
        return [(int(i), scores[i]) for i in top_k(scores, k)]

    def document_of(self, passage_id: int) -> int:
        """The position in `sources` of the document holding `passage_id` (a bisection; an
        empty source shares its next's first passage, and the bisection passes it)."""
        if self.source_firsts is None:
            self.source_firsts = [entry["first"] for entry in self.sources]
        return bisect_right(self.source_firsts, passage_id) - 1

    def source_entry(self, source: str) -> dict | None:
        return next((s for s in self.sources if s["source"] == source), None)

    def by_source(self, source: str) -> list[Passage]:
        entry = self.source_entry(source)
        if entry is None:
            return []
        return [self.passages[i] for i in range(entry["first"], entry["first"] + entry["count"])]

