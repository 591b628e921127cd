"""Building an index generation: the same index however the documents are analyzed."""
import pytest

from qa.documents.plain import chunk_text
from qa.index.build import build_index, sentence_terms
from qa.index.open import open_index
from qa.text.analyze import Analyzer
from qa.text.sentences import split_sentences
from tests.conftest import FIXTURE_DOCS, SEEDS


def test_many_files_are_analyzed_in_parallel_with_the_same_result(tmp_path, isolated_index):
    from qa.index import build
    from qa.index.build import build_index
    from qa.documents.files import list_sources
    from qa.documents.load import read_source

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(build.POOL_MIN_FILES + 8):
        (folder / f"doc{i:03}.txt").write_text(
            f"Report {i}\n\nConvoy {i} reached Gao after {i} days.\n\n"
            f"Patrol number {i * 7} met armed groups near Kidal.\n", encoding="utf-8")
    index = open_index(folder, isolated_index, lambda _: None)
    serial = build_index([read_source(s)[0] for s in list_sources(folder)])
    assert list(index.passages) == list(serial.passages)
    terms = ["convoy", "gao", "patrol", "kidal", "21"]
    assert index.bm25_scores(terms).tolist() == serial.bm25_scores(terms).tolist()


def test_a_pooled_build_writes_the_serial_builds_files_to_the_byte(tmp_path, monkeypatch):
    """Workers number terms across their documents and send only the new ones: the files of
    the index (all but meta.json, which records the time) are the serial build's."""
    from qa.index import build

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(build.POOL_MIN_FILES + 8):  # each file brings terms new to its worker
        (folder / f"doc{i:03}.txt").write_text(
            f"Report {i}\n\nConvoy {i} reached Gao{i} after {i} days. It cost 3 per. Cent "
            f"coins w{i}x.\n\nPatrol number {i * 7} met armed groups near Kidal{i % 5}.\n",
            encoding="utf-8")
    open_index(folder, tmp_path / "pooled", lambda _: None)
    monkeypatch.setattr(build, "POOL_MIN_FILES", 10 ** 6)
    open_index(folder, tmp_path / "serial", lambda _: None)
    pooled, serial = (next((tmp_path / name).glob("gen-*")) for name in ("pooled", "serial"))
    names = sorted(p.name for p in pooled.iterdir() if p.name != "meta.json")
    assert names == sorted(p.name for p in serial.iterdir() if p.name != "meta.json")
    assert [n for n in names if (pooled / n).read_bytes() != (serial / n).read_bytes()] == []


def test_a_word_one_worker_stemmed_is_not_stemmed_again_by_another(tmp_path):
    """Stems learned by one worker reach the others (`StemExchange`) before their next
    document: a word met again in a file handed out after the first one's result came back
    is looked up there, not stemmed again (each worker would otherwise stem nearly the
    whole vocabulary)."""
    import os

    from qa.documents.files import list_sources
    from qa.documents.load import read_source
    from qa.index import build
    from qa.index.tables import PassageCodec

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: no workers")
    folder = tmp_path / "many"
    folder.mkdir()
    late = build.IN_FLIGHT + 5  # sent after the result of file 2 came back
    for i in range(build.POOL_MIN_FILES + 8):
        rare = "zygomorphic quokkas" if i in (2, 2 + late) else f"item{i}"
        (folder / f"doc{i:03}.txt").write_text(
            f"Report {i}\n\nConvoy {i} reached Gao with {rare} after {i} days.\n",
            encoding="utf-8")
    stemmed: dict[str, int] = {}
    pooled = build.analyze_in_parallel(read_source, list_sources(folder), Analyzer(),
                                       lambda _document: PassageCodec())
    for _, analyzed, _ in pooled:
        for word in analyzed.stems:
            stemmed[word] = stemmed.get(word, 0) + 1
    assert stemmed["zygomorphic"] == stemmed["quokkas"] == 1


def test_stems_are_exchanged_in_whole_lines(tmp_path, monkeypatch):
    """A worker takes another's stems up to the last whole line; the rest comes next time."""
    from qa.index.build import StemExchange

    exchange = StemExchange(tmp_path)
    (tmp_path / "1.tsv").write_text("troops\ttroop\nconvoy", encoding="utf-8")
    assert exchange.collect() == {"troops": "troop"}
    with open(tmp_path / "1.tsv", "a", encoding="utf-8") as file:
        file.write("s\tconvoy\n")
    assert exchange.collect() == {"convoys": "convoy"}
    exchange.publish({"gao": "gao"})  # its own file is never read back
    assert exchange.collect() == {}


class FailingCodec:
    def encode(self, _passage):
        raise ValueError("cannot compress")


def test_terms_numbered_by_a_document_that_failed_come_with_the_next_one(tmp_path):
    """A worker whose analysis of a document failed half-way has numbered some of its terms
    without sending them: the next document it sends carries them, so the writer reads its
    numbers right."""
    from qa.index import store
    from qa.index.bm25 import BM25Params
    from qa.index.build import IndexWriter, TermNumbering, analyze_document

    documents = [chunk_text(f"{name}.txt", text) for name, text in
                 [("a", "Convoy reached Gao."), ("kidal", "Patrol met armed groups near Kidal."),
                  ("c", "The patrol and the convoy met armed groups near Gao and Kidal.")]]
    files = []
    for numbering in (TermNumbering(7), None):
        gen = store.new_generation(tmp_path / str(numbering is None))
        writer = IndexWriter(gen, Analyzer(), BM25Params())
        first = analyze_document(documents[0], writer.analyzer, writer.codec_for(documents[0]),
                                 numbering)
        if numbering is not None:  # b's analysis numbers its terms, then fails
            with pytest.raises(ValueError):
                analyze_document(documents[1], writer.analyzer, FailingCodec(), numbering)
        last = analyze_document(documents[2], writer.analyzer, writer.codec, numbering)
        if numbering is not None:
            assert {"patrol", "kidal"} <= set(last.vocabulary) and "gao" not in last.vocabulary
        writer.add(first)
        writer.add(last)
        files.append({k: (v.tobytes() if hasattr(v, "tobytes") else repr(v))
                      for k, v in writer.finish().items()})
    assert files[0] == files[1]


TRICKY = ["It costs 3 per. Cent coins are gone.", "Prices rose 5 per cent. Per capita.",
          "The U.N. said so.  Then it left!\n\nNew line here", "Ségou et Mopti. ÉTATS-UNIS (U.S.)",
          "", "   ", "No stop", "a. b. c. D. E.", "Minusma's “quoted.” Next one."]


@pytest.mark.parametrize("text", TRICKY + [p.read_text(encoding="utf-8") for p in
                                            sorted(SEEDS.iterdir())[:2]])
def test_sentence_terms_are_the_terms_of_the_whole_text_and_of_each_sentence(text):
    analyzer = Analyzer()
    spans, by_sentence, whole = sentence_terms(text, analyzer)
    assert whole == analyzer.terms(text)
    assert spans == split_sentences(text)
    assert by_sentence == [analyzer.terms(text[start:end]) for start, end in spans]


def test_the_index_gives_each_passage_its_sentences_and_their_terms():
    documents = [chunk_text(name, text) for name, text in FIXTURE_DOCS.items()]
    documents.append(chunk_text("t.txt", "\n\n".join(TRICKY)))
    index = build_index(documents)
    names = [*index.terms, *index.extra_terms]
    assert "cent" in index.extra_terms  # only the sentences of "3 per. Cent coins" have it
    for i, passage in enumerate(index.passages):
        spans, ids = index.sentence_terms(i)
        assert spans == split_sentences(passage.text)
        assert [[names[t] for t in found] for found in ids] == [
            index.analyzer.terms(passage.text[start:end]) for start, end in spans]


def test_a_documents_postings_are_counted_at_build_time():
    """Feedback's share of the collection counts each document's postings, stored at build
    time (passages such as "3 per. Cent coins" included): the same count as the postings
    themselves give."""
    import numpy as np

    documents = [chunk_text(name, text) for name, text in FIXTURE_DOCS.items()]
    documents.append(chunk_text("t.txt", "\n\n".join(TRICKY)))
    index = build_index(documents)
    assert index.fwd_exceptions  # the tricky passages are among them
    per_passage = np.bincount(index.posting_passages(), minlength=len(index.passages))
    for number, entry in enumerate(index.sources):
        first, count = entry["first"], entry["count"]
        assert index.document_postings(number) == per_passage[first:first + count].sum()


def seeds_index():
    return build_index([chunk_text(p.name, p.read_text(encoding="utf-8"))
                        for p in sorted(SEEDS.iterdir())])


def test_postings_sorted_in_runs_on_a_thread_are_those_of_one_stable_sort(monkeypatch):
    import numpy as np

    from qa.index import build

    whole = seeds_index().in_numpy()
    monkeypatch.setattr(build, "RUN", 97)  # dozens of runs sorted on the thread, then placed
    sliced = seeds_index().in_numpy()
    for name in ("offsets", "docs", "doc_runs", "doc_run_highs", "doc_run_offsets", "codes",
                 "factors", "idf", "term_max"):
        assert np.array_equal(np.asarray(getattr(whole, name)),
                              np.asarray(getattr(sliced, name))), name
    assert np.asarray(whole.codes).dtype == np.uint16


def reference_postings(fwd_terms, fwd_tfs, fwd_offsets, n_terms, params):
    """The postings, lengths and pair codes as first written (one stable argsort, passages
    found by binary search, pairs coded by np.unique and searchsorted)."""
    import numpy as np

    from qa.index.bm25 import okapi_idf, passage_norms, tf_factors

    n_docs = len(fwd_offsets) - 1
    owner = np.searchsorted(fwd_offsets, np.arange(len(fwd_terms)), side="right") - 1
    lengths = np.bincount(owner, minlength=n_docs, weights=fwd_tfs).astype(np.int64)
    order = np.argsort(fwd_terms, kind="stable")
    docs, tfs = owner[order], fwd_tfs[order]
    width = int(lengths.max()) + 1
    pairs = tfs.astype(np.int64) * width + lengths[docs]
    keys = np.unique(pairs)
    avgdl = float(lengths.sum()) / n_docs
    factors = tf_factors(keys // width, passage_norms(keys % width, avgdl, params), params)
    idf = okapi_idf(np.bincount(fwd_terms, minlength=n_terms), n_docs, params.epsilon)
    return {"docs": docs & 0xFFFF, "codes": np.searchsorted(keys, pairs), "factors": factors,
            "idf": idf, "doc_lengths": lengths}


@pytest.mark.parametrize("seed", range(6))
def test_postings_are_those_of_the_finish_as_first_written(seed, monkeypatch):
    """Sorting by int64 keys, row sums by reduceat and pairs coded by a table give the very
    arrays of the stable argsort, bincount and np.unique they replaced: on random forward
    indexes with empty rows, big term frequencies, passage ids past 65,536, several sort and
    weight slices, and pair tables too big for a table (the sorted fallback)."""
    import numpy as np

    from qa.index import build
    from qa.index.bm25 import BM25Params

    rng = np.random.default_rng(seed)
    n_docs, n_terms = int(rng.integers(1, 70_000)), int(rng.integers(1, 3_000))
    row_lengths = rng.integers(0, 12, n_docs) * (rng.random(n_docs) > 0.1)
    terms, tfs = [], []
    for length in row_lengths.tolist():
        terms.append(rng.choice(n_terms, size=min(length, n_terms), replace=False))
        tfs.append(rng.integers(1, 400 if seed % 2 else 5, size=len(terms[-1])))
    fwd_terms = np.concatenate(terms).astype(np.int32)
    fwd_tfs = np.concatenate(tfs).astype(np.int32)
    fwd_offsets = np.concatenate(([0], np.cumsum([len(t) for t in terms]))).astype(np.int64)
    monkeypatch.setattr(build, "RUN", [1 << 22, 5_000, 97, 1_009][seed % 4])
    monkeypatch.setattr(build, "WEIGHT_SLICE", [1 << 22, 3_001][seed % 2])
    monkeypatch.setattr(build, "PAIR_TABLE", [1 << 24, 10][seed // 3])
    params = BM25Params()
    writer = build.IndexWriter.__new__(build.IndexWriter)
    writer.params = params
    found = writer.postings(fwd_terms, fwd_tfs, fwd_offsets, n_terms)
    expected = reference_postings(fwd_terms, fwd_tfs, fwd_offsets, n_terms, params)
    for name, values in expected.items():
        assert np.array_equal(found[name], values), name
    assert found["codes"].dtype == (np.uint16 if len(found["factors"]) <= 1 << 16
                                    else np.uint32)


def test_weights_computed_from_term_frequencies_are_rank_bm25s_formula_to_the_bit():
    """The weights stored per posting before (rank-bm25's formula, evaluated once per posting
    at build time) and those computed from tf, idf and the passage's norm at query time are
    the same floats, in the numpy and in the plain-Python way of reading the index."""
    import numpy as np

    plain = seeds_index()
    held = plain.in_numpy()
    k1, b = held.params.k1, held.params.b
    offsets, docs = np.asarray(held.offsets), held.posting_passages()
    term_of = np.repeat(np.arange(len(held.terms)), np.diff(offsets))
    counted = {}  # (term, passage) -> tf, from each passage's own terms
    for passage in range(len(held.passages)):
        counted.update(((int(t), passage), int(c)) for t, c in zip(*held.term_counts(passage)))
    assert len(counted) == len(docs)
    tf = np.array([counted[t, d] for t, d in zip(term_of.tolist(), docs.tolist())],
                  dtype=np.float64)
    lengths = np.bincount(docs, weights=tf, minlength=len(held.passages)).astype(np.int64)
    avgdl = float(lengths.sum()) / len(held.passages)
    norm = k1 * (1 - b + b * lengths[docs] / avgdl)
    before = np.asarray(held.idf)[term_of] * (tf * (k1 + 1) / (tf + norm))
    assert np.array_equal(held.weights, before)
    assert np.array_equal(np.asarray(plain.weights), before)
    for tid in range(len(held.terms)):
        start, end = offsets[tid], offsets[tid + 1]
        assert np.array_equal(held.postings_of(tid)[1], before[start:end])
        assert list(plain.postings_of(tid)[1]) == before[start:end].tolist()
    maxima = np.maximum.reduceat(before, offsets[:-1][np.diff(offsets) > 0])
    assert np.array_equal(np.asarray(held.term_max)[np.diff(offsets) > 0], maxima)


def test_passages_are_compressed_alone_and_read_back_whole():
    from qa.index.tables import PassageCodec

    index = seeds_index()
    documents = [chunk_text(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.iterdir())]
    assert list(index.passages) == [p for d in documents for p in d.passages]
    table = index.passages
    raw = sum(len(table.codec.decompress(table.stored(i))) for i in range(len(table)))
    assert len(table.blob) < raw / 1.8  # the dictionary pays: alone, each compresses ~1.6x
    assert table.codec.zdict and len(table.codec.zdict) <= PassageCodec.DICTIONARY_BYTES
    other = PassageCodec(b"another dictionary entirely")
    import zlib

    with pytest.raises((ValueError, zlib.error)):  # truncated: never a passage cut short
        other.decompress(table.stored(3)[:-2])


@pytest.mark.parametrize("small", [False, True])
@pytest.mark.parametrize("weight_slice", [1 << 22, 7])
def test_passage_ids_beyond_65536_are_put_together_from_their_runs(small, weight_slice,
                                                                   monkeypatch):
    """Ids are stored as their low 16 bits plus the high bits of each run (a big corpus's
    postings of one term span several runs; the fixtures' never do); the runs' starts are
    found a slice at a time, whatever the slices' size."""
    import random
    from array import array
    from types import SimpleNamespace

    import numpy as np

    from qa.index import build
    from qa.index.build import id_runs

    monkeypatch.setattr(build, "WEIGHT_SLICE", weight_slice)
    from qa.index.model import Index
    from qa.index.tables import as_ints

    rng = random.Random(3)
    postings = [sorted(rng.sample(range(300_000), k)) for k in (1, 5, 0, 2000, 3, 40_000, 1)]
    postings.append([65_535, 65_536, 131_071, 131_072, 262_144])
    offsets = np.cumsum([0] + [len(p) for p in postings])
    docs = np.array([d for p in postings for d in p], dtype=np.int32)
    runs, highs, run_offsets = id_runs(docs, offsets)
    lows = (docs & 0xFFFF).astype(np.uint16)
    if small:
        lows, runs, highs = array("H", lows.tolist()), array("q", runs), array("H", highs)
    fake = SimpleNamespace(docs=lows, small=small, doc_runs=runs, doc_run_highs=highs,
                           numpy_arrays=lambda: {"docs": np.asarray(lows)},
                           at={"doc_runs": as_ints(runs), "doc_run_highs": as_ints(highs),
                               "doc_run_offsets": as_ints(run_offsets)})
    for tid, expected in enumerate(postings):
        found = Index.passage_ids(fake, tid, int(offsets[tid]), int(offsets[tid + 1]))
        assert list(found) == expected
    assert Index.posting_passages(fake).tolist() == docs.tolist()


def test_token_ids_beyond_65536_keep_their_high_byte_apart():
    import numpy as np

    from qa.index.build import split_ids

    ids = np.array([0, 65_535, 65_536, 390_000, 7, 16_777_215], dtype=np.int32)
    lows, highs = split_ids(ids.copy())
    assert lows.dtype == np.uint16 and highs.dtype == np.uint8 and len(highs) == len(ids)
    index = seeds_index().in_numpy()
    index.tokens, index.token_highs = lows, highs
    index.__post_init__()
    assert index.token_ids(0, len(ids)) == ids.tolist()
    assert index.token_array(1, 4).tolist() == ids[1:4].tolist()
    small, none = split_ids(np.array([3, 65_535], dtype=np.int32))
    assert small.dtype == np.uint16 and len(none) == 0


@pytest.mark.parametrize("weight_slice", [1 << 22, 5, 1_000])
def test_token_ids_are_split_a_slice_at_a_time_into_their_low_and_high_bits(weight_slice,
                                                                            monkeypatch):
    import numpy as np

    from qa.index import build

    monkeypatch.setattr(build, "WEIGHT_SLICE", weight_slice)
    ids = np.random.default_rng(5).integers(0, 1 << 24, 4_321).astype(np.int32)
    ids[:3] = [0, 65_535, (1 << 24) - 1]
    lows, highs = build.split_ids(ids.copy())
    assert np.array_equal(lows, (ids & 0xFFFF).astype(np.uint16))
    assert np.array_equal(highs, (ids >> 16).astype(np.uint8))


@pytest.mark.parametrize("weight_slice", [1 << 22, 3])
def test_ids_present_are_those_a_count_finds(weight_slice, monkeypatch):
    from array import array

    import numpy as np

    from qa.index import build

    monkeypatch.setattr(build, "WEIGHT_SLICE", weight_slice)
    values = np.random.default_rng(9).integers(0, 50, 101).astype(np.int32)
    found = build.ids_present(array("i", values.tolist()), 60)
    assert np.array_equal(found, np.bincount(values, minlength=60) > 0)
    assert not build.ids_present(array("i"), 4).any()


def test_the_finish_makes_the_tables_while_the_postings_are_placed(monkeypatch):
    """The finish's second thread renumbers the tokens and makes the string tables while
    this one places the postings: placing them here waits (up to a minute) for the tables
    to be under way, which a finish that made them afterwards never lets happen."""
    import threading

    import numpy as np

    from qa.index import build

    tables_begun = threading.Event()
    make_tables, place = build.IndexWriter.tables, build.merge_runs

    def tables(self, vocabulary):
        tables_begun.set()
        return make_tables(self, vocabulary)

    def merge_runs(*args):
        assert tables_begun.wait(60), "the tables waited for the postings"
        return place(*args)

    monkeypatch.setattr(build.IndexWriter, "tables", tables)
    monkeypatch.setattr(build, "merge_runs", merge_runs)
    overlapped = seeds_index().in_numpy()
    monkeypatch.undo()
    alone = seeds_index().in_numpy()
    assert list(overlapped.terms) == list(alone.terms)
    for name in ("tokens", "docs", "codes", "offsets"):
        assert np.array_equal(np.asarray(getattr(overlapped, name)),
                              np.asarray(getattr(alone, name))), name


def test_documents_reused_from_the_previous_generation_keep_their_postings_count(
        corpus, isolated_index):
    import numpy as np

    open_index(corpus, isolated_index, lambda _: None)
    changed = sorted(corpus.iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nA new paragraph on convoys.\n",
                       encoding="utf-8")
    index = open_index(corpus, isolated_index, lambda _: None)  # the others are reused
    per_passage = np.bincount(index.posting_passages(), minlength=len(index.passages))
    for number, entry in enumerate(index.sources):
        first, count = entry["first"], entry["count"]
        assert index.document_postings(number) == per_passage[first:first + count].sum()
