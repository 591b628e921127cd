"""Open an up-to-date index for a corpus: locate it, check freshness, rebuild when needed.

An index is used only when it was built by this version of the indexing code from exactly the
files now in the corpus; otherwise it is rebuilt with a one-line notice. Freshness looks at file
sizes and modification times first and hashes a file only when its time changed.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import corpus as corpus_files
from . import store
from .analyze import Analyzer
from .chunk import chunk_text
from .errors import IndexUnusable, UsageError
from .index import Index, build_index
from .passage import Document

Notify = Callable[[str], None]
PACKAGE_DIR = Path(__file__).resolve().parent
# The code whose behaviour shapes what is stored; a change to it makes old indexes stale.
INDEXING_CODE = ("chunk.py", "clean.py", "sentences.py", "analyze.py", "aliases.py", "bm25.py",
                 "index.py", "store.py",
                 "data/stopwords.txt")


@dataclass(frozen=True)
class BuildReport:
    documents: int
    passages: int
    seconds: float
    skipped: tuple[str, ...]
    rebuilt: bool


def builder_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in INDEXING_CODE:
        path = PACKAGE_DIR / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def default_index_dir(corpus: Path) -> Path:
    """`index/` beside the bundled seeds in a writable checkout, else a per-user cache folder."""
    corpus = corpus.resolve()
    checkout_index = corpus_files.CHECKOUT_ROOT / "index"
    if corpus == (corpus_files.CHECKOUT_ROOT / "seeds").resolve() and writable(checkout_index):
        return checkout_index
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha256(str(corpus).encode()).hexdigest()[:16]
    return cache / "qa" / f"{corpus.name or 'root'}-{key}"


def writable(folder: Path) -> bool:
    target = folder if folder.exists() else folder.parent
    return os.access(target, os.W_OK)


def is_fresh(meta: dict | None, sources: list[corpus_files.SourceFile]) -> bool:
    if not meta or meta.get("builder") != builder_fingerprint():
        return False
    recorded = meta.get("sources")
    if not isinstance(recorded, dict) or set(recorded) != {s.name for s in sources}:
        return False
    return all(source_unchanged(recorded[s.name], s) for s in sources)


def source_unchanged(recorded: dict, source: corpus_files.SourceFile) -> bool:
    if recorded.get("bytes") != source.size:
        return False
    if recorded.get("mtime_ns") == source.mtime_ns:
        return True
    try:  # touched but perhaps not changed: a fresh clone has new mtimes
        return corpus_files.sha256_of(source.path.read_bytes()) == recorded.get("sha256")
    except OSError:
        return False


def open_index(corpus: Path, index_dir: Path, notify: Notify, force: bool = False) -> Index:
    """Load the index of `corpus` at `index_dir`, (re)building it first if it is not fresh."""
    sources = corpus_files.list_sources(corpus)
    if not sources:
        raise UsageError(f"no documents (.txt, .md) in {corpus}")
    if not force:
        index = load_if_fresh(index_dir, sources, notify)
        if index is not None:
            return index
    return rebuild(corpus, index_dir, notify, force)[0]


def load_if_fresh(index_dir: Path, sources, notify: Notify) -> Index | None:
    if not (index_dir / "CURRENT").exists():
        notify(f"building the index of {len(sources)} document(s) in {index_dir}")
        return None
    try:
        if not is_fresh(store.read_meta(index_dir), sources):
            notify("the documents changed since the index was built: rebuilding")
            return None
        return store.load(index_dir)
    except store.DamagedIndex as exc:
        notify(f"the index is damaged ({exc}): rebuilding")
        return None


def rebuild(corpus: Path, index_dir: Path, notify: Notify,
            force: bool = False) -> tuple[Index, BuildReport]:
    """Build and save under the lock; a build that finished meanwhile is reused."""
    started = time.perf_counter()
    sources = corpus_files.list_sources(corpus)
    try:
        with store.build_lock(index_dir):
            sources = corpus_files.list_sources(corpus)
            index = None if force else load_if_fresh_quietly(index_dir, sources)
            if index is not None:
                return index, report(index, sources, (), started, rebuilt=False)
            index, skipped, fingerprints = build_from(sources, notify)
            store.save(index, index_dir, {"builder": builder_fingerprint(),
                                          "corpus": str(corpus.resolve()), "sources": fingerprints})
    except (IndexUnusable, OSError) as exc:
        notify(f"index not saved ({getattr(exc, 'strerror', None) or exc}): searching in memory")
        index, skipped, _ = build_from(sources, notify)
    if skipped:
        notify(f"skipped {len(skipped)} unreadable or binary file(s)")
    return index, report(index, sources, skipped, started, rebuilt=True)


def load_if_fresh_quietly(index_dir: Path, sources) -> Index | None:
    return load_if_fresh(index_dir, sources, lambda _message: None)


def report(index: Index, sources, skipped, started: float, rebuilt: bool) -> BuildReport:
    return BuildReport(len(sources) - len(skipped), len(index.passages),
                       time.perf_counter() - started, tuple(skipped), rebuilt)


def build_from(sources: list[corpus_files.SourceFile], notify: Notify):
    """Read, chunk and index every source; returns (index, skipped names, fingerprints)."""
    documents: list[Document] = []
    skipped: list[str] = []
    fingerprints: dict[str, dict] = {}
    for source in sources:
        fingerprints[source.name] = {"bytes": source.size, "mtime_ns": source.mtime_ns,
                                     "sha256": None}
        try:
            data = source.path.read_bytes()
        except OSError:
            skipped.append(source.name)
            continue
        fingerprints[source.name]["sha256"] = corpus_files.sha256_of(data)
        if corpus_files.is_binary(data):
            skipped.append(source.name)
            continue
        text, encoding = corpus_files.decode(data)
        if encoding == "cp1252":
            notify(f"{source.name} is not UTF-8: read as cp1252")
        documents.append(chunk_text(source.name, text))
    if not any(d.passages for d in documents):
        raise UsageError("the documents contain no text to search")
    return build_index(documents, Analyzer()), skipped, fingerprints
