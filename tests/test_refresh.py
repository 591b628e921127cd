"""`qa index` refreshes: only files that changed are read again, the rest is carried over
from the previous generation; `qa index --rebuild` reads everything. The JSON report says
which it did."""
from __future__ import annotations

import json

from qa.index import store
from tests.helpers.cli import assert_no_crash, run


def index_report(corpus, *options) -> dict:
    result = run("index", "--json", *options, "--corpus", corpus)
    assert_no_crash(result, codes=(0,))
    return json.loads(result.stdout) | {"stderr": result.stderr}


def live_generation(index_dir) -> str:
    return (index_dir / "CURRENT").read_text()


def test_index_reads_only_the_files_that_changed(corpus, isolated_index):
    first = index_report(corpus)
    assert (first["rebuilt"], first["read"], first["reused"]) == (True, 3, 0)
    (corpus / "mandate.txt").write_text("Mandate\n\nZebras grazed near the camp.\n",
                                        encoding="utf-8")
    refreshed = index_report(corpus)
    assert (refreshed["rebuilt"], refreshed["read"], refreshed["reused"]) == (True, 1, 2)
    assert refreshed["documents"] == 3
    assert "(1 file(s) read, 2 unchanged)" in refreshed["stderr"]
    payload = json.loads(run("ask", "zebras", "--json", "--corpus", corpus).stdout)
    assert payload["results"][0]["source"] == "mandate.txt"


def test_index_of_an_unchanged_corpus_writes_nothing(corpus, isolated_index):
    index_report(corpus)
    generation = live_generation(isolated_index)
    again = index_report(corpus)
    assert (again["rebuilt"], again["read"], again["reused"]) == (False, 0, 0)
    assert again["documents"] == 3 and again["passages"] > 0
    assert "up to date" in again["stderr"] and "indexed" not in again["stderr"]
    assert live_generation(isolated_index) == generation


def test_rebuild_reads_every_file_and_gives_the_same_index(corpus, isolated_index):
    index_report(corpus)
    (corpus / "people.md").write_text("# People\n\nZebra keepers were trained.\n",
                                      encoding="utf-8")
    assert index_report(corpus)["reused"] == 2
    refreshed = store.load(isolated_index)
    generation = live_generation(isolated_index)
    full = index_report(corpus, "--rebuild")
    assert (full["rebuilt"], full["read"], full["reused"]) == (True, 3, 0)
    assert live_generation(isolated_index) != generation
    rebuilt = store.load(isolated_index)
    assert list(rebuilt.passages) == list(refreshed.passages)
    terms = ["zebra", "convoy", "mandat"]
    assert rebuilt.bm25_scores(terms).tolist() == refreshed.bm25_scores(terms).tolist()


def test_reused_files_keep_their_terms_and_sentences_exactly(corpus, isolated_index):
    """Carried-over passages get their term counts from their stored tokens, except where a
    word joins across a sentence end ("per. Cent" is "percent" to BM25): both kinds reused."""
    (corpus / "rates.txt").write_text(
        "Rates\n\nIt rose 3 per. Cent coins went missing. Per cent figures vary.\n\n"
        "Convoys moved twice per week.\n", encoding="utf-8")
    index_report(corpus)
    (corpus / "people.md").write_text("# People\n\nZebra keepers were trained.\n",
                                      encoding="utf-8")
    assert index_report(corpus)["reused"] == 3
    refreshed = store.load(isolated_index)
    assert refreshed.fwd_exceptions  # the "per. Cent" passage was carried over
    index_report(corpus, "--rebuild")
    rebuilt = store.load(isolated_index)
    terms = ["zebra", "convoy", "percent", "per", "cent", "coin", "rate"]
    assert rebuilt.bm25_scores(terms).tolist() == refreshed.bm25_scores(terms).tolist()
    assert rebuilt.fwd_exceptions == refreshed.fwd_exceptions
    assert [rebuilt.sentence_terms(i) for i in range(len(rebuilt.passages))] == [
        refreshed.sentence_terms(i) for i in range(len(refreshed.passages))]
    assert [*rebuilt.terms] == [*refreshed.terms]
