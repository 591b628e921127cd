"""Top-k with pruning (`QueryScores`) must give exactly what the dense array gives: the same
passages in the same order, the same scores to the last bit, filters included."""
import random

import numpy as np
import pytest

from qa.documents.plain import chunk_text
from qa.index import scores as scores_module
from qa.index.bm25 import top_k
from qa.index.build import build_index

# made-up words the stemmer leaves alone (no vowels, no s) and no stopword among them
LETTERS = "bcdfghjklmnpqrtvwxz"
WORDS = [f"zq{LETTERS[n // 19]}{LETTERS[n % 19]}" for n in range(300)]


@pytest.fixture(scope="module", params=["numpy", "plain"])
def index(request):
    rng = random.Random(7)
    weights = [1 / (rank + 2) for rank in range(len(WORDS))]  # Zipf-like: common and rare
    paragraphs = [" ".join(rng.choices(WORDS, weights, k=rng.randint(5, 40))) + "."
                  for _ in range(1500)]
    documents = [chunk_text(f"d{n}.txt", "\n\n".join(paragraphs[n::6])) for n in range(6)]
    index = build_index(documents)  # a small index: held in plain arrays
    if request.param == "numpy":  # as a big index is held (memory-mapped numpy arrays)
        index = index.in_numpy()
    return index


@pytest.fixture
def always_prune(monkeypatch):
    monkeypatch.setattr(scores_module, "SPARSE_MIN_PASSAGES", 0)
    monkeypatch.setattr(scores_module, "DENSE_SHARE", 1.0)


def queries():
    rng = random.Random(11)
    for _ in range(120):
        terms = rng.sample(WORDS[:40], rng.randint(1, 3)) + rng.sample(WORDS[40:], rng.randint(0, 3))
        yield [(term, rng.choice([1.0, 1.0, 0.6, 0.25])) for term in terms + terms[:1]]


@pytest.mark.parametrize("n", [1, 5, 30])
def test_pruned_top_equals_the_dense_top(index, always_prune, n):
    pruned = 0
    for weighted in queries():
        lazy, dense = index.weighted_scores(weighted), index.weighted_scores(weighted).dense()
        if not lazy.small and lazy.candidates(n) is not None and len(
                lazy.candidates(n)) < len(index.passages):
            pruned += 1
        best = lazy.top(n)
        assert list(best) == top_k(dense, n).tolist()
        assert [lazy[i] for i in best] == [float(dense[i]) for i in best]  # bit for bit
    assert pruned > 20 or lazy.small  # the test exercises pruning, not only the fallback


def test_any_score_and_a_zeroed_range_match_the_dense_array(index, always_prune):
    weighted = [("w3", 1.0), ("w150", 0.6), ("w201", 1.0)]
    lazy, dense = index.weighted_scores(weighted), index.weighted_scores(weighted).dense()
    assert [lazy[i] for i in range(0, len(index.passages), 7)] == dense[::7].tolist()
    lazy[100:400] = 0.0
    dense[100:400] = 0.0
    assert lazy[150] == 0.0
    assert list(lazy.top(30)) == top_k(dense, 30).tolist()


def test_unknown_terms_score_nothing(index, always_prune):
    lazy = index.weighted_scores([("nowhere", 1.0)])
    assert len(lazy.top(5)) == 0 and not np.any(lazy.dense())


@pytest.mark.parametrize("seed", range(8))
def test_top_k_from_a_sample_floor_is_the_plain_top_k(seed):
    """`top_k_above` partitions only the scores reaching the k-th best of a sample: the same
    indices in the same order as `top_k`, ties (broken by position) and scores at or below
    zero included, whatever the sample, and `top_k` itself where the sample is too small or
    its k-th best is not positive."""
    rng = np.random.default_rng(seed)
    size = 5000
    scores = np.round(rng.normal(0.5, 1.0, size), 1)  # many ties, many negative and zero
    scores[rng.choice(size, 200, replace=False)] = 0.0
    for k in (1, 7, 200, 3000, size, size + 5, 10**30):
        for sample_size in (0, 1, k, 2 * k, size):
            if sample_size > size:
                continue
            sample = np.sort(rng.choice(size, sample_size, replace=False))
            assert (scores_module.top_k_above(scores, k, sample).tolist()
                    == top_k(scores, k).tolist())
    low = np.flatnonzero(scores <= 0)[:300]  # a sample whose k-th best is not positive
    assert scores_module.top_k_above(scores, 50, low).tolist() == top_k(scores, 50).tolist()


def test_computed_weights_make_room_by_evicting_the_least_recently_read_terms(index):
    """Weights computed from the postings' codes are kept for recent terms within a cap:
    reading a term past the cap evicts the terms read longest ago, one by one (a question
    whose terms outgrow the cap keeps its latest ones), and every read gives the weights
    computed afresh, to the last bit."""
    big = index.in_numpy()
    sizes = np.diff(np.asarray(big.offsets))
    tids = [int(t) for t in np.argsort(-sizes)[:6]]
    fresh = {t: [a.copy() for a in big.postings_of(t)] for t in tids}
    big.computed.clear()
    big.computed_size = 0
    big.computed_cap = int(sizes[tids[0]] + sizes[tids[1]] + sizes[tids[2]])
    for t in tids[:3]:
        big.postings_of(t)
    big.postings_of(tids[0])  # read again: now the most recent
    big.postings_of(tids[3])  # needs room: tids[1] goes first, then tids[2] if need be
    assert tids[1] not in big.computed and tids[0] in big.computed and tids[3] in big.computed
    assert big.computed_size == sum(int(sizes[t]) for t in big.computed) <= big.computed_cap
    for t in tids + tids[::-1]:
        docs, weights = big.postings_of(t)
        assert np.array_equal(docs, fresh[t][0]) and np.array_equal(weights, fresh[t][1])
        assert big.computed_size <= big.computed_cap


def test_dense_scores_are_the_term_by_term_sums_bit_for_bit(index):
    """`Index.dense_scores` adds all postings in one np.bincount: the same float additions,
    in the same order, as adding each term's weights into the array in query order."""
    big = index if not index.small else index.in_numpy()
    for weighted in queries():
        terms = [(tid, weight) for term, weight in weighted
                 if (tid := big.term_id(term)) is not None]
        expected = np.zeros(len(big.passages))
        for tid, weight in terms:
            docs, weights = big.postings_of(tid)
            expected[docs] += weights if weight == 1.0 else weight * weights
        found = big.dense_scores(terms)
        assert found.dtype == np.float64 and found.tobytes() == expected.tobytes()
    assert not big.dense_scores([]).any() and len(big.dense_scores([])) == len(big.passages)


def test_dense_scores_keep_the_last_sums_until_the_next_are_made(index):
    """The index holds its last dense sums (so that the allocator hands their memory to the
    next, not fresh pages) and lets them go when it makes the next: a caller's array is
    never written to, and no more than one is kept."""
    import weakref

    big = index if not index.small else index.in_numpy()
    terms = [(big.term_id(WORDS[0]), 1.0), (big.term_id(WORDS[50]), 0.5)]
    first = big.dense_scores(terms)
    kept, before = weakref.ref(first), first.copy()
    assert big.last_dense is first
    del first
    second = big.dense_scores(terms[::-1])
    assert kept() is None and big.last_dense is second  # the first let go
    unchanged = second.copy()
    third = big.dense_scores(terms)
    assert third.tobytes() == before.tobytes() and big.last_dense is third
    assert second.tobytes() == unchanged.tobytes()  # a caller's array is left as it was


def test_dense_scores_join_the_postings_in_kept_buffers(index, monkeypatch):
    """The postings are joined for np.bincount into two buffers the index keeps from call
    to call (grown to the largest), or into new arrays beyond JOINED_POSTINGS or while
    another thread uses the buffers: the same sums every way."""
    from qa.index import model

    big = index if not index.small else index.in_numpy()
    terms = [(big.term_id(WORDS[n]), 1.0 / (n + 1)) for n in (0, 3, 60, 200)]
    expected = big.dense_scores(terms).tobytes()
    kept = big.joined_buffers
    assert kept is not None and len(kept[0]) >= sum(big.doc_freq_of(t) for t, _ in terms)
    assert big.dense_scores(terms[:2]).tobytes() != expected  # fewer terms, other sums
    assert big.dense_scores(terms).tobytes() == expected and big.joined_buffers is kept
    with big.joining:  # another thread's sums use the buffers: new arrays
        assert big.dense_scores(terms).tobytes() == expected
    monkeypatch.setattr(model, "JOINED_POSTINGS", 10)
    assert big.dense_scores(terms).tobytes() == expected and big.joined_buffers is kept


def postings_index(postings: list[list[int]], n_passages: int, seed: int = 5):
    """An index held as a big one (numpy arrays) of these postings, whose ids run past
    65,536 (a fixture corpus is far smaller), with random codes, factors and idf."""
    from qa.index.bm25 import BM25Params
    from qa.index.build import id_runs
    from qa.index.model import Index
    from qa.index.tables import SortedStrings
    from qa.text.analyze import Analyzer

    rng = np.random.default_rng(seed)
    offsets = np.cumsum([0] + [len(p) for p in postings]).astype(np.int64)
    docs = np.array([d for p in postings for d in p], dtype=np.int64)
    runs, highs, run_offsets = id_runs(docs, offsets)
    names = sorted(f"t{n:03d}" for n in range(len(postings)))
    return Index(passages=range(n_passages), terms=SortedStrings(*SortedStrings.encode(names)),
                 offsets=offsets, docs=(docs & 0xFFFF).astype(np.uint16),
                 codes=rng.integers(0, 50, len(docs)).astype(np.uint16), params=BM25Params(),
                 analyzer=Analyzer(), term_max=np.ones(len(postings)),
                 idf=rng.uniform(0.1, 9.0, len(postings)), factors=rng.uniform(0.2, 2.4, 50),
                 doc_runs=np.asarray(runs), doc_run_highs=np.asarray(highs),
                 doc_run_offsets=np.asarray(run_offsets))


def uneven_postings(rng: random.Random):
    """300,000 passages and terms of 0 to 90,000 postings drawn by `rng` (one of ids either
    side of each 65,536 boundary of a run): the passage count, the postings, their index,
    each term's weight by passage, and the ids at the runs' edges."""
    n = 300_000
    postings = [sorted(rng.sample(range(n), k)) for k in (1, 5, 2000, 40_000, 90_000, 3)]
    postings.append([65_535, 65_536, 131_071, 131_072, 262_144])
    postings.append([])
    big = postings_index(postings, n)
    expected = [dict(zip(p, big.postings_of(t)[1].tolist())) for t, p in enumerate(postings)]
    return n, postings, big, expected, [0, 65_535, 65_536, 131_071, 131_072, 262_144, n - 1]


@pytest.mark.parametrize("lookup_postings", [0, 4096, 10**9])
def test_weights_at_some_passages_are_the_postings_weights(monkeypatch, lookup_postings):
    """`Index.weights_at`, whether it looks the postings up run by run (ids past 65,536,
    passages between and beyond a run's postings), computes them whole or reads them kept
    computed, gives each passage's posting weight to the last bit, and 0.0 where none."""
    from qa.index import model

    monkeypatch.setattr(model, "LOOKUP_POSTINGS", lookup_postings)
    rng = random.Random(13)
    n, postings, big, expected, edges = uneven_postings(rng)
    for size in (1, 7, 200, 3000):
        big.computed.clear()
        big.computed_size = 0
        big.looked_up.clear()
        for tid, p in enumerate(postings):
            chosen = rng.sample(p, min(len(p), size // 2)) + rng.sample(range(n), size)
            passages = np.array(sorted(set(chosen + edges)), dtype=np.int64)
            for _ in range(3):  # looked up (again), or computed whole, then read kept
                hit, weights = big.weights_at(tid, passages)
                want = [expected[tid].get(i) for i in passages.tolist()]
                assert hit.tolist() == [w is not None for w in want]
                assert weights.tolist() == [0.0 if w is None else w for w in want]
    assert big.looked_up or lookup_postings > 90_000  # the look-up path was taken


def test_weights_at_computes_a_term_whole_once_its_look_ups_cost_as_much(monkeypatch):
    """A term of many postings is looked up at a few passages again and again, and computed
    whole (then kept) only once its look-ups together cost about as much as that: the k-th
    look-up is made while the postings outnumber k x LOOKUP_POSTINGS per run of ids."""
    from qa.index import model

    monkeypatch.setattr(model, "LOOKUP_POSTINGS", 4096)
    rng = random.Random(5)
    n = 300_000  # passage ids in 5 runs of 65,536
    big = postings_index([sorted(rng.sample(range(n), 90_000))], n)
    passages = np.array(sorted(rng.sample(range(n), 50)), dtype=np.int64)
    for times in range(1, 5):  # 90,000 > 4096 x 5 runs x 4
        big.weights_at(0, passages)
        assert 0 not in big.computed and big.looked_up[0] == times
    big.weights_at(0, passages)
    assert 0 in big.computed


def test_passages_reaching_a_floor_are_found_among_the_own_terms_postings(index, monkeypatch):
    """`rank.reaching` looks for the passages whose own-terms score reaches a positive
    floor among those terms' postings alone: the same ids, ascending, as scanning them all."""
    from qa.search import rank as ranking

    big = index if not index.small else index.in_numpy()
    for share in (0, 10**9):  # the postings always, or the whole array always
        monkeypatch.setattr(ranking, "SCAN_SHARE", share)
        for weighted in queries():
            scores = big.weighted_scores(weighted).dense()
            positive = np.sort(scores[scores > 0])
            for floor in positive[[0, len(positive) // 2, -1]] if len(positive) else ():
                found = ranking.reaching(big, scores, float(floor), weighted)
                assert found.dtype == np.int64
                assert found.tolist() == np.flatnonzero(scores >= floor).tolist()
            sample = np.flatnonzero(scores > 0)[::2]
            top = scores_module.top_k_above(scores, 30, sample,
                                            lambda f: ranking.reaching(big, scores, f, weighted))
            assert top.tolist() == top_k(scores, 30).tolist()


def test_every_passage_reaching_a_floor_holds_an_essential_term(index):
    """`rank.essential` leaves out only terms whose largest weights add up to less than the
    floor: every passage whose score reaches it holds one of the terms kept, at every floor
    (the floors between the scores too), and at the highest floors some term is left out."""
    from qa.search import rank as ranking

    big = index if not index.small else index.in_numpy()
    left_out = 0
    for weighted in queries():
        scores = big.weighted_scores(weighted).dense()
        positive = np.unique(scores[scores > 0])
        for floor in np.concatenate((positive, np.nextafter(positive, np.inf))):
            kept = ranking.essential(big, weighted, float(floor))
            held = set()
            for term, _ in kept:
                held.update(big.postings(term)[0].tolist())
            assert set(np.flatnonzero(scores >= floor).tolist()) <= held
            left_out += len(kept) < len(weighted)
    assert left_out


def test_weights_in_some_passages_are_the_postings_weights():
    """`Index.weights_in` reads several terms' weights at some passages from their stored
    tokens, computing each (tf, length) pair's factor as the build did: the same hits and
    the same floats, to the last bit, as `weights_at` reads from the postings, for every
    term and passage, passages whose terms are stored apart ("3 per. Cent") included."""
    from qa.documents.plain import chunk_text
    from qa.index.build import build_index
    from qa.text.analyze import Analyzer
    from tests.test_build import TRICKY

    rng = random.Random(5)
    weights = [1 / (rank + 2) for rank in range(len(WORDS))]
    paragraphs = [" ".join(rng.choices(WORDS, weights, k=rng.randint(3, 60))) + "."
                  for _ in range(600)]
    documents = [chunk_text(f"d{n}.txt", "\n\n".join(paragraphs[n::4])) for n in range(4)]
    documents.append(chunk_text("t.txt", "\n\n".join(TRICKY)))
    index = build_index(documents, Analyzer()).in_numpy()
    assert index.fwd_exceptions and index.doc_lengths is not None
    everything = np.arange(len(index.passages), dtype=np.int64)
    tids = list(range(len(index.terms)))
    for passages in (everything, everything[::7], everything[-40:], everything[:0]):
        for chosen in (tids, tids[::-3], tids[:1], []):
            hit, found = index.weights_in(chosen, passages)
            assert hit.shape == found.shape == (len(passages), len(chosen))
            for column, tid in enumerate(chosen):
                want_hit, want = index.weights_at(tid, passages)
                assert hit[:, column].tolist() == want_hit.tolist()
                assert found[:, column].tolist() == want.tolist()  # bit for bit
    small = build_index(documents, Analyzer())  # held in plain arrays: read per term
    hit, found = small.weights_in(tids[:5], everything[:50])
    assert found.tolist() == np.stack([small.weights_at(t, everything[:50])[1]
                                       for t in tids[:5]], axis=1).tolist()


@pytest.mark.parametrize("scan_share", [-1, 10, 10**9])  # never, as at run time, always
def test_passage_marks_give_the_weights_weights_at_gives(monkeypatch, scan_share):
    """`PassageMarks.weights_at` (one pass over a term's postings against a mark per passage,
    where the postings are few beside the passages; `Index.weights_at` otherwise) gives each
    passage's posting weight to the last bit and 0.0 where none, ids past 65,536 included,
    whether the term's postings are kept computed or not."""
    from qa.index import marks

    monkeypatch.setattr(marks, "SCAN_SHARE", scan_share)
    monkeypatch.setattr(marks, "SCAN_MIN_PASSAGES", 0)
    rng = random.Random(17)
    n, postings, big, expected, edges = uneven_postings(rng)
    for size in (1, 200, 3000, 50_000):
        chosen = [i for p in postings for i in rng.sample(p, min(len(p), size // 4))]
        passages = np.array(sorted(set(chosen + rng.sample(range(n), size) + edges)),
                            dtype=np.int64)
        for kept in (False, True):  # read from the stored codes, then from computed postings
            big.computed.clear()
            big.computed_size = 0
            with marks.PassageMarks(big, passages) as marked:
                # and a second set of passages while the first holds the marks: searched
                with marks.PassageMarks(big, passages[::2].copy()) as other:
                    for tid in range(len(postings)):
                        if kept:
                            big.postings_of(tid)
                        for asked, found in ((passages, marked), (passages[::2], other)):
                            hit, weights = found.weights_at(tid)
                            want = [expected[tid].get(i) for i in asked.tolist()]
                            assert hit.tolist() == [w is not None for w in want]
                            assert weights.tolist() == [0.0 if w is None else w for w in want]
                    assert other.marked is None  # the first holds the marks
                assert (marked.marked is None) == (scan_share < 0)  # the pass taken, or not
            held = big.__dict__.get("_passage_marks")
            assert held is None or not held.any()  # cleared on leaving
