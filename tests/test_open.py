"""Opening the index of a corpus: built on first use, refreshed when files change (only the
changed files read again), rebuilt when the indexing code changed."""
import json
import os

import pytest

from qa.index import store
from qa.index.fingerprint import code_fingerprint
from qa.index.open import open_index, rebuild
from tests.test_store import collect


def test_first_use_builds_and_second_use_loads(corpus, isolated_index):
    messages, notify = collect()
    first = open_index(corpus, isolated_index, notify)
    assert (isolated_index / "CURRENT").is_file()
    meta = store.read_meta(isolated_index)
    assert meta["builder"] == code_fingerprint() and set(meta["sources"]) == {
        "convoys.txt", "mandate.txt", "people.md"}
    assert "building the index" in messages[0] and "indexed 3 documents" in messages[-1]
    built = len(messages)
    second = open_index(corpus, isolated_index, notify)
    assert [p.text for p in second.passages] == [p.text for p in first.passages]
    assert len(messages) == built


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_changed_corpus_is_reflected_without_manual_index(corpus, isolated_index, change):
    messages, notify = collect()
    open_index(corpus, isolated_index, notify)
    if change == "edit":
        (corpus / "mandate.txt").write_text("Zebras grazed near the camp.\n", encoding="utf-8")
    elif change == "add":
        (corpus / "zebra.txt").write_text("Zebras grazed near the camp.\n", encoding="utf-8")
    else:
        (corpus / "people.md").unlink()
    index = open_index(corpus, isolated_index, notify)
    found = {p.source for p in index.passages if "Zebras" in p.text}
    assert found == ({"mandate.txt"} if change == "edit" else {"zebra.txt"} if change == "add"
                     else set())
    assert ("people.md" in index.titles) == (change != "remove")
    assert any("rebuilding" in m for m in messages)


def test_touched_but_unchanged_file_does_not_rebuild(corpus, isolated_index):
    open_index(corpus, isolated_index, lambda _: None)
    generation = (isolated_index / "CURRENT").read_text()
    os.utime(corpus / "mandate.txt", ns=(1, 1))
    messages, notify = collect()
    open_index(corpus, isolated_index, notify)
    assert (isolated_index / "CURRENT").read_text() == generation and messages == []


def test_index_built_by_other_indexing_code_is_rebuilt(corpus, isolated_index):
    _, notify = collect()
    open_index(corpus, isolated_index, notify)
    meta_path = isolated_index / (isolated_index / "CURRENT").read_text() / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["builder"] = "older code"
    meta_path.write_text(json.dumps(meta))
    messages, notify = collect()
    assert open_index(corpus, isolated_index, notify).passages
    # the notice names the cause: the code, not the documents (which did not change)
    assert any("another version of qa" in m and "rebuilding" in m for m in messages), messages
    assert not any("documents changed" in m for m in messages)
    assert store.read_meta(isolated_index)["builder"] == code_fingerprint()


def test_refresh_reads_only_the_changed_file(corpus, isolated_index, monkeypatch):
    from qa.index import open as opening  # where the build calls the reader

    open_index(corpus, isolated_index, lambda _: None)
    (corpus / "mandate.txt").write_text("Zebras grazed near the camp.\n", encoding="utf-8")
    read = []
    original = opening.read_source
    monkeypatch.setattr(opening, "read_source", lambda s: read.append(s.name) or original(s))
    index = open_index(corpus, isolated_index, lambda _: None)
    assert read == ["mandate.txt"]
    fresh = rebuild(corpus, isolated_index, lambda _: None, force=True)[0]
    assert list(index.passages) == list(fresh.passages)
    assert index.bm25_scores(["convoy", "zebra"]).tolist() == fresh.bm25_scores(
        ["convoy", "zebra"]).tolist()


def test_code_files_touched_not_changed_get_their_new_stats_recorded(corpus, isolated_index,
                                                                     monkeypatch):
    """A reinstall or a checkout back and forth gives the code files new stats: the index is
    kept (the code hashes to its fingerprint), and the new stats are recorded so that the
    next start recognises the code without hashing it."""
    from qa.index import fingerprint

    monkeypatch.setattr(fingerprint, "RACY_NS", 0)  # the checkout's files count as settled
    fingerprint.clear_caches()
    open_index(corpus, isolated_index, lambda _: None)
    gen = isolated_index / (isolated_index / "CURRENT").read_text()
    meta = json.loads((gen / "meta.json").read_text())
    current = meta["builder_stats"]
    assert current == fingerprint.vouched(meta["builder"], fingerprint.code_stats())
    meta["builder_stats"] = fingerprint.vouched(meta["builder"], "text/old.py:1:1:1:1")
    (gen / "meta.json").write_text(json.dumps(meta))
    fingerprint.clear_caches()
    messages, notify = collect()
    open_index(corpus, isolated_index, notify)
    assert messages == []  # not rebuilt
    assert (isolated_index / "CURRENT").read_text() == gen.name
    assert json.loads((gen / "meta.json").read_text())["builder_stats"] == current
    fingerprint.clear_caches()
