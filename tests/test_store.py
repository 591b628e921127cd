"""The stored index: built on first use, rebuilt when stale or damaged, replaced atomically."""
import pytest

from qa.index import store
from qa.index.open import open_index, rebuild


def collect():
    messages = []
    return messages, messages.append


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


def test_a_commit_writes_two_files_at_once(corpus, isolated_index, monkeypatch):
    """Each file's write waits on the disk (fsync): the commit has two under way at a time.
    The first two arrays written wait here for each other, which one writer never allows."""
    import threading

    met, written = threading.Barrier(2, timeout=20), []
    write = store.write_array

    def meeting(path, values):
        written.append(path.name)
        if len(written) <= 2:
            met.wait()  # broken (an error) when the other write does not come meanwhile
        write(path, values)

    monkeypatch.setattr(store, "write_array", meeting)
    _, notify = collect()
    index = open_index(corpus, isolated_index, notify)
    assert sorted(written) == sorted(f"{name}.npy" for name in store.ARRAYS)
    assert len(index.passages) and not met.broken


def test_unwritable_index_location_still_answers(corpus, tmp_path):
    blocker = tmp_path / "a-file"  # a folder cannot be made inside a file, even by root
    blocker.write_text("not a folder")
    messages, notify = collect()
    index = open_index(corpus, blocker / "index", notify)
    assert index.passages and any("not saved" in m for m in messages)


def test_an_index_of_the_previous_format_is_rebuilt_not_misread(corpus, isolated_index):
    """A generation laid out as before this format (JSON lines, float64 weights, 4-byte ids)
    whose meta.json even claims this code built it: rejected and rebuilt, never read."""
    import json

    import numpy as np

    _, notify = collect()
    index = open_index(corpus, isolated_index, notify)
    expected = [p.text for p in index.passages]
    gen = isolated_index / (isolated_index / "CURRENT").read_text()
    lines = b"".join((json.dumps(vars(p)) + "\n").encode() for p in index.passages)
    (gen / "passages.jsonl").write_bytes(lines)
    np.save(gen / "weights.npy", np.asarray(index.in_numpy().weights))
    np.save(gen / "docs.npy", index.posting_passages().astype(np.int32))
    for name in ("passages.bin", "passages.dict", "codes.npy", "idf.npy", "factors.npy",
                 "doc_runs.npy", "doc_run_highs.npy", "doc_run_offsets.npy", "token_highs.npy"):
        (gen / name).unlink()
    meta = json.loads((gen / "meta.json").read_text())
    meta["files"] = {p.name: {"bytes": p.stat().st_size, "sha256": store.file_sha256(p)}
                     for p in gen.iterdir() if p.name not in ("meta.json", store.GENERATION_MARKER)}
    (gen / "meta.json").write_text(json.dumps(meta))
    messages, notify = collect()
    again = open_index(corpus, isolated_index, notify)
    assert [p.text for p in again.passages] == expected
    assert any("damaged" in m and "rebuilding" in m for m in messages), messages


def test_passages_read_with_another_dictionary_are_rebuilt(corpus, isolated_index, monkeypatch):
    """A big index is checked by sizes only: a passage dictionary of the right size but
    other bytes makes the first passage unreadable at load, which rebuilds."""
    monkeypatch.setattr(store, "SMALL_INDEX_BYTES", 0)  # treated as big: no checksums
    _, notify = collect()
    expected = [p.text for p in open_index(corpus, isolated_index, notify).passages]
    gen = isolated_index / (isolated_index / "CURRENT").read_text()
    size = (gen / "passages.dict").stat().st_size
    (gen / "passages.dict").write_bytes(bytes(reversed((gen / "passages.dict").read_bytes())))
    assert (gen / "passages.dict").stat().st_size == size
    messages, notify = collect()
    assert [p.text for p in open_index(corpus, isolated_index, notify).passages] == expected
    assert any("rebuilding" in m for m in messages), messages


def test_a_damaged_passage_past_the_first_is_one_error_line_naming_the_rebuild(
        corpus, isolated_index, monkeypatch):
    """A big index is checked by sizes at open, so a passage damaged in the middle of
    passages.bin shows only when a question reads it: as the library's IndexUnusable (one
    `Error:` line from the command line, exit 1), telling how to mend it, not an internal
    error."""
    from qa.errors import IndexUnusable

    monkeypatch.setattr(store, "SMALL_INDEX_BYTES", 0)
    _, notify = collect()
    index = open_index(corpus, isolated_index, notify)
    last = len(index.passages) - 1
    gen = isolated_index / (isolated_index / "CURRENT").read_text()
    blob = bytearray((gen / "passages.bin").read_bytes())
    start = index.passages.bounds[last]
    blob[start:start + 4] = b"\xff\xff\xff\xff"
    (gen / "passages.bin").write_bytes(bytes(blob))
    damaged = open_index(corpus, isolated_index, notify)  # opens: sizes are right
    assert damaged.passages[0].text == index.passages[0].text
    with pytest.raises(IndexUnusable, match=r"damaged \(passage \d+ .*qa index --rebuild"):
        damaged.passages[last]
