"""A small index's plain-Python first pass (qa.search.plain) ranks exactly as the numpy one."""
import dataclasses

import numpy as np
import pytest

from qa.documents.plain import chunk_text
from qa.index.build import build_index
from qa.search import plain
from qa.search.query import Query
from qa.search.rank import rank
from qa.text.analyze import Analyzer

TOPICS = ("wing lift slipstream propeller", "shock wave hypersonic nose", "heat transfer slab",
          "boundary layer transition", "panel flutter supersonic")


def held_in_numpy(index):
    """The same index held as a big one is: postings in numpy arrays."""
    return index.in_numpy()


def documents(count):
    return [chunk_text(f"{n:03}.txt", f"A study of {TOPICS[n % 5]} number {n}.\n\n"
                       f"Measurements of {TOPICS[n % 5].split()[0]} lift were made.\n"
                       f"The wing and the slab and the wing again.\n\n"
                       + ("Temporary Operating Bases (TOB) were built near the wing tunnel.\n"
                          if n % 2 else "The bases were temporary and the operating slab grew.\n"))
            for n in range(count)]


def ranking(index, question, globs, k, with_feedback):
    found = rank(index, Query.parse(index, question, globs), k, with_feedback)
    return [(r.passage_id, r.score, r.bonus) for r in found]


@pytest.mark.parametrize("count", [3, 60])  # feedback off (whole collection) and on
@pytest.mark.parametrize("question", ["wing lift", "supersonic panel flutter slab",
                                      '"heat transfer" measurements', "wing", "zebra",
                                      "the wing and the slab", "TOB wing", "temporary operating bases lift"])
@pytest.mark.parametrize("globs", [(), ("*1.txt",), ("none*",)])
def test_plain_first_pass_ranks_as_the_dense_one(count, question, globs):
    small = build_index(documents(count), Analyzer())  # held without numpy, as loaded
    dense = held_in_numpy(small)
    assert plain.held_plainly(small) and not plain.held_plainly(dense)
    for k in (1, 5, 200, 10**30):  # k beyond sys.maxsize: every match, no OverflowError
        for with_feedback in (True, False):
            assert (ranking(small, question, globs, k, with_feedback)
                    == ranking(dense, question, globs, k, with_feedback))
    if question == "wing lift" and not globs:  # the comparison did compare something
        assert ranking(small, question, globs, 5, True)


def test_feedback_is_skipped_only_where_its_documents_are_every_document():
    few = build_index(documents(3), Analyzer())
    many = build_index(documents(60), Analyzer())
    for index, whole in ((few, True), (many, False)):
        query = Query.parse(index, "wing lift")
        scores = plain.PlainScores(index, ((q.term, q.weight) for q in query.terms), {}, {})
        assert plain.feedback_is_whole(index, scores, scores.ranked(200)) == whole


def test_each_passage_is_found_in_its_own_document_past_empty_ones():
    docs = documents(4)
    docs.insert(2, chunk_text("empty.txt", ""))  # no passages: shares its next's first
    index = build_index(docs, Analyzer())
    assert any(entry["count"] == 0 for entry in index.sources)
    for passage_id in range(len(index.passages)):
        entry = index.sources[index.document_of(passage_id)]
        assert entry["first"] <= passage_id < entry["first"] + entry["count"]
        assert index.passages[passage_id].source == entry["source"]


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    from qa.index.open import open_index

    from .conftest import SEEDS

    return open_index(SEEDS, tmp_path_factory.mktemp("seeds") / "index", lambda _: None)


@pytest.mark.parametrize("question", [
    "How many peacekeepers were killed on road convoys to Kidal?",
    "What did the Security Council authorize in 2013?",
    "Why did the knowledge of staff drain away?",
    "Were temporary operating bases improbable targets of attacks?",
    "What share of the budget went to helicopters?",
])
def test_plain_first_pass_ranks_the_bundled_reports_as_the_dense_one(seeds_index, question):
    assert plain.held_plainly(seeds_index)  # expansions, capped, and zero-score matches
    dense = held_in_numpy(seeds_index)
    for globs in ((), ("000*",)):
        assert (ranking(seeds_index, question, globs, 30, True)
                == ranking(dense, question, globs, 30, True))


@pytest.fixture(scope="module")
def reports_in_pieces():
    """The bundled reports cut into files of four paragraphs (feedback has documents enough
    to inform), held as a big index is."""
    from .conftest import SEEDS

    documents = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        documents += [chunk_text(f"{path.stem}-{n:03}.txt", "\n\n".join(paragraphs[n:n + 4]))
                      for n in range(0, len(paragraphs), 4)]
    return held_in_numpy(build_index(documents, Analyzer()))


def test_expansions_added_near_the_best_alone_rank_as_added_to_every_passage(
        monkeypatch, reports_in_pieces):
    """With feedback and no filters, a typed word's capped expansions are added only to the
    passages whose own score is within the caps' sum of the pool's floor; a `--source` glob
    every source matches takes the path that adds them everywhere: the same rankings, for
    pools of several sizes."""
    from qa.search import rank as ranking_module

    found = []
    near_best = ranking_module.capped_expansions_near_best
    monkeypatch.setattr(ranking_module, "capped_expansions_near_best",
                        lambda *args: found.append(near_best(*args)) or found[-1])
    questions = ["How many peacekeepers were killed on road convoys to Kidal?",
                 "Why did the knowledge of staff drain away?",
                 "Were temporary operating bases improbable targets of attacks?",
                 "What share of the budget went to helicopters?",
                 "How did the troops protect the villagers?",
                 "TOB peacekeepers soldiers attacks", "civilians people population"]
    for pool, scan_share in ((5, 4), (20, 0), (60, 4), (200, 0)):
        monkeypatch.setattr(ranking_module, "FEEDBACK_POOL", pool)
        monkeypatch.setattr(ranking_module, "SCAN_SHARE", scan_share)  # 0: postings only
        for question in questions:
            for k in (1, 5, 30):
                assert (ranking(reports_in_pieces, question, (), k, True)
                        == ranking(reports_in_pieces, question, ("*",), k, True))
    assert sum(pool is not None for pool in found) >= 10  # the pruned path was taken
