"""The stored index: built on first use, rebuilt when stale or damaged, replaced atomically."""
import json
import os

import pytest

from qa import store
from qa.refresh import open_index, rebuild


def collect():
    messages = []
    return messages, messages.append


def test_first_use_builds_and_second_use_loads(corpus, isolated_index):
    messages, notify = collect()
    first = open_index(corpus, isolated_index, notify)
    assert (isolated_index / "CURRENT").is_file()
    meta = store.read_meta(isolated_index)
    assert meta["format"] == store.FORMAT_VERSION and set(meta["sources"]) == {
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


def generation_files(index_dir):
    gen = index_dir / (index_dir / "CURRENT").read_text()
    return sorted(p for p in gen.iterdir() if p.name != store.GENERATION_MARKER)  # no data


@pytest.mark.parametrize("damage", ["truncate", "garble"])
def test_every_damaged_file_is_detected_and_rebuilt(corpus, isolated_index, damage):
    _, notify = collect()
    expected = [p.text for p in open_index(corpus, isolated_index, notify).passages]
    for name in [p.name for p in generation_files(isolated_index)]:
        path = next(p for p in generation_files(isolated_index) if p.name == name)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if damage == "truncate"
                         else data[:-8] + b"XXXXXXXX")
        messages, notify = collect()
        index = open_index(corpus, isolated_index, notify)
        assert [p.text for p in index.passages] == expected, name
        assert any("rebuilding" in m for m in messages), name


def test_index_of_another_format_version_is_rebuilt(corpus, isolated_index):
    _, notify = collect()
    open_index(corpus, isolated_index, notify)
    meta_path = isolated_index / (isolated_index / "CURRENT").read_text() / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["format"] = 999
    meta_path.write_text(json.dumps(meta))
    messages, notify = collect()
    assert open_index(corpus, isolated_index, notify).passages
    assert store.read_meta(isolated_index)["format"] == store.FORMAT_VERSION


def test_failed_build_leaves_the_previous_index(corpus, isolated_index, monkeypatch):
    _, notify = collect()
    open_index(corpus, isolated_index, notify)
    live = (isolated_index / "CURRENT").read_text()

    def explode(*args, **kwargs):
        raise RuntimeError("killed half-way")

    monkeypatch.setattr(store, "write_atomic", explode)
    with pytest.raises(RuntimeError):
        rebuild(corpus, isolated_index, notify, force=True)
    monkeypatch.undo()
    assert (isolated_index / "CURRENT").read_text() == live
    assert [p.name for p in isolated_index.glob("gen-*")] == [live]
    assert store.load(isolated_index).passages


def test_unwritable_index_location_still_answers(corpus, tmp_path):
    blocker = tmp_path / "a-file"  # a folder cannot be made inside a file, even by root
    blocker.write_text("not a folder")
    messages, notify = collect()
    index = open_index(corpus, blocker / "index", notify)
    assert index.passages and any("not saved" in m for m in messages)


def test_refresh_reads_only_the_changed_file(corpus, isolated_index, monkeypatch):
    from qa import corpus as corpus_files

    open_index(corpus, isolated_index, lambda _: None)
    (corpus / "mandate.txt").write_text("Zebras grazed near the camp.\n", encoding="utf-8")
    read = []
    original = corpus_files.read_source
    monkeypatch.setattr(corpus_files, "read_source", lambda s: read.append(s.name) or original(s))
    index = open_index(corpus, isolated_index, lambda _: None)
    assert read == ["mandate.txt"]
    fresh = rebuild(corpus, isolated_index, lambda _: None, force=True)[0]
    assert list(index.passages) == list(fresh.passages)
    assert index.bm25_scores(["convoy", "zebra"]).tolist() == fresh.bm25_scores(
        ["convoy", "zebra"]).tolist()


def test_many_files_are_analyzed_in_parallel_with_the_same_result(tmp_path, isolated_index):
    from qa import build
    from qa.build import build_index
    from qa.corpus import list_sources, read_source

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
