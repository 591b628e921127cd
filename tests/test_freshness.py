"""Freshness: an edit that keeps a file's size and modification time (`cp -p`, `rsync -a`,
`touch -r`, a restore from backup, a replacement by rename) is still seen, by the inode
change time and the inode number; a file that was only touched is hashed once, not rebuilt."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from qa.documents.files import SourceFile, list_sources
from qa.documents.load import sha256_of
from qa.index import freshness, store
from qa.index.open import open_index
from tests.test_store import collect

SAME_SIZE = ("The Security Council authorized the mission in April 2013",
             "The zebra committees authorized the mission in April 2013")


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled at once (they were written a moment ago in a test), so that
    the index records their stats instead of hashing them every time."""
    monkeypatch.setattr(freshness, "RACY_NS", 0)


def source_of(path: Path) -> SourceFile:
    return next(s for s in list_sources(path.parent) if s.path == path)


def same_size_text(path: Path) -> str:
    old, new = SAME_SIZE
    assert len(old) == len(new)
    return path.read_text(encoding="utf-8").replace(old, new)


def zebra_sources(corpus: Path, notify=lambda _m: None) -> set[str]:
    index = open_index(corpus, corpus.parent / "idx", notify)
    return {p.source for p in index.passages if "zebra" in p.text}


def recorded(corpus: Path) -> dict:
    return store.read_meta(corpus.parent / "idx")["sources"]


def test_same_stat_is_trusted_without_reading_the_file(tmp_path):
    gone = SourceFile("gone.txt", tmp_path / "gone.txt", 5, 10, 20, 30)  # no such file
    entry = {"bytes": 5, "sha256": "x", "mtime_ns": 10, "ctime_ns": 20, "inode": 30}
    assert freshness.source_unchanged(entry, gone)
    for changed in ({"size": 6}, {"mtime_ns": 11}, {"ctime_ns": 21}, {"inode": 31}):
        assert not freshness.source_unchanged(entry, replace(gone, **changed)), changed


def test_another_stat_is_checked_by_content(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    source = source_of(path)
    entry = dict(freshness.record(source, sha256_of(b"hello")), inode=source.inode + 1)
    assert freshness.source_unchanged(entry, source)  # another inode, the same content
    assert not freshness.source_unchanged(dict(entry, sha256=sha256_of(b"world")), source)


def test_a_file_changed_a_moment_ago_is_recorded_without_its_stat(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    entry = freshness.record(source_of(path), sha256_of(b"hello"))
    assert entry == {"bytes": 5, "sha256": sha256_of(b"hello")}  # hashed next time
    monkeypatch.setattr(freshness, "RACY_NS", 0)
    entry = freshness.record(source_of(path), sha256_of(b"hello"))
    assert freshness.same_stat(entry, source_of(path))


def restore_mtime(path: Path, text: str) -> None:
    """Write `text` over `path`, then put its old modification time back (`touch -r`)."""
    before = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def copy_over(path: Path, text: str) -> None:
    """`cp -p` / `shutil.copy2` of a file of the same size and time over `path`."""
    before = path.stat()
    other = path.parent.parent / "elsewhere.txt"
    other.write_text(text, encoding="utf-8")
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
    shutil.copy2(other, path)


def rename_over(path: Path, text: str) -> None:
    """A new file of the same size and time renamed over `path` (a restore, an editor)."""
    before = path.stat()
    new = path.with_name(".new.txt")
    new.write_text(text, encoding="utf-8")
    os.utime(new, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(new, path)


@pytest.mark.parametrize("edit", [restore_mtime, copy_over, rename_over])
def test_an_edit_keeping_size_and_mtime_is_seen(corpus, settled, edit):
    mandate = corpus / "mandate.txt"
    assert zebra_sources(corpus) == set()
    assert freshness.same_stat(recorded(corpus)["mandate.txt"], source_of(mandate))
    before = mandate.stat()
    edit(mandate, same_size_text(mandate))
    after = mandate.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    messages, notify = collect()
    assert zebra_sources(corpus, notify) == {"mandate.txt"}
    assert any("rebuilding" in m for m in messages)


def test_a_touched_file_is_hashed_once_and_not_rebuilt(corpus, settled, monkeypatch):
    zebra_sources(corpus)
    generation = (corpus.parent / "idx" / "CURRENT").read_text()
    os.utime(corpus / "mandate.txt", ns=(1, 1))
    messages, notify = collect()
    zebra_sources(corpus, notify)
    assert messages == [] and (corpus.parent / "idx" / "CURRENT").read_text() == generation
    assert recorded(corpus)["mandate.txt"]["mtime_ns"] == 1  # the new stat is remembered

    def no_hashing(*_args):
        raise AssertionError("hashed a file whose stat is recorded")

    monkeypatch.setattr(freshness, "sha256_of", no_hashing)
    zebra_sources(corpus, notify)
    assert messages == []


def test_a_fresh_copy_of_the_corpus_is_not_rebuilt(corpus, settled):
    zebra_sources(corpus)
    generation = (corpus.parent / "idx" / "CURRENT").read_text()
    for path in list(corpus.iterdir()):  # as a new clone has them: new inodes, new times
        shutil.copy(path, path.with_name("copy"))
        os.replace(path.with_name("copy"), path)
    messages, notify = collect()
    assert zebra_sources(corpus, notify) == set()
    assert messages == [] and (corpus.parent / "idx" / "CURRENT").read_text() == generation
