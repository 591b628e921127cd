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


def test_unwritable_index_location_still_answers(corpus, tmp_path):
    blocker = tmp_path / "a-file"  # a folder cannot be made inside a file, even by root
    blocker.write_text("not a folder")
    messages, notify = collect()
    index = open_index(corpus, blocker / "index", notify)
    assert index.passages and any("not saved" in m for m in messages)
