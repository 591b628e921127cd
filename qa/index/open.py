"""Open an up-to-date index for a corpus: check its freshness, rebuild it when needed.

An index is used only when it was built by this indexing code (`qa.index.fingerprint`) from
exactly the files now in the corpus; otherwise it is rebuilt with a one-line notice.
Freshness looks at file sizes and stats first and hashes a file only when its stat changed
(`qa.index.freshness`). Files that did not change are copied from the previous generation
rather than read and analyzed again.
"""
from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..documents import files as corpus_files
from ..errors import IndexUnusable, UsageError
from ..text.analyze import Analyzer
from ..types import BuildReport
from . import store
from .bm25 import BM25Params
from .fingerprint import built_by_this_code, code_fingerprint, renewed_stats
from .freshness import record, restat, source_unchanged
from .location import check_location
from .model import Index

if TYPE_CHECKING:  # building imports numpy; loading a small index does not
    from .build import IndexWriter

Notify = Callable[[str], None]
Progress = Callable[[int, int, int], None]  # (files done, files in all, passages so far)


def open_index(corpus: Path, index_dir: Path, notify: Notify, force: bool = False,
               progress: Progress | None = None, verbose: bool = False) -> Index:
    """Load the index of `corpus` at `index_dir`, (re)building it first if it is not fresh."""
    sources = corpus_files.list_sources(corpus)
    if not sources:
        raise UsageError(f"no documents ({', '.join(corpus_files.SUFFIXES)}) in {corpus}")
    check_location(index_dir, corpus)
    if not force:
        index = load_if_fresh(index_dir, sources, notify)
        if index is not None:
            return index
    return rebuild(corpus, index_dir, notify, force, progress, verbose)[0]


def load_if_fresh(index_dir: Path, sources, notify: Notify) -> Index | None:
    if not (index_dir / "CURRENT").exists():
        notify(f"building the index of {len(sources)} document(s) in {index_dir}")
        return None
    for attempt in (1, 2):
        tried = live_name(index_dir)
        try:
            meta = store.read_meta(index_dir)
            updates = restat(meta, sources)
            if updates is None:
                notify("the documents changed since the index was built: rebuilding"
                       if meta and built_by_this_code(meta) else
                       "the index was built by another version of qa: rebuilding")
                return None
            index = store.load(index_dir)
            renewed = renewed_stats(index.meta)
            if updates or renewed:  # touched, not changed: remember the new stats, not to
                store.update_source_records(index_dir, updates, renewed)  # hash again
            return index
        except store.DamagedIndex as exc:
            if attempt == 1 and live_name(index_dir) != tried:
                continue  # another build replaced the index while we read it: read the new one
            notify(f"the index is damaged ({exc}): rebuilding")
            return None
    return None


def live_name(index_dir: Path) -> str | None:
    try:
        return store.live_generation(index_dir).name
    except store.DamagedIndex:
        return None


def rebuild(corpus: Path, index_dir: Path, notify: Notify, force: bool = False,
            progress: Progress | None = None, verbose: bool = False,
            must_save: bool = False) -> tuple[Index, BuildReport]:
    """Bring the index up to date under the lock: an index that is fresh already (another
    process may have just built it) is kept; otherwise files that did not change since the
    previous generation are reused rather than read again. `force` reads every file."""
    started = time.perf_counter()
    check_location(index_dir, corpus)
    sources = corpus_files.list_sources(corpus)
    try:
        store.claim(index_dir)
        with store.build_lock(index_dir, notify):
            sources = corpus_files.list_sources(corpus)
            index = None if force else load_if_fresh_quietly(index_dir, sources)
            if index is not None:
                sweep_leftovers(index_dir)
                return index, report(index, sources, (), started, rebuilt=False)
            previous = None if force else load_quietly(index_dir)
            index, skipped, reused = build_into(index_dir, corpus, sources, notify, previous,
                                                progress)
    except (IndexUnusable, OSError) as exc:
        why = str(exc) if isinstance(exc, IndexUnusable) else \
            f"cannot write the index at {index_dir}: {exc.strerror or exc}"
        if must_save:
            raise IndexUnusable(why) from exc
        notify(f"index not saved ({why}): searching in memory")
        import tempfile  # only here: opening an index needs no scratch folder

        with tempfile.TemporaryDirectory(prefix="qa-index-") as scratch:
            index, skipped, reused = build_into(Path(scratch), corpus, sources, notify, None,
                                                progress)
            index.folder = None  # nothing of it is kept on disk
    done = report(index, sources, skipped, started, rebuilt=True, reused=reused)
    notify(build_summary(done, verbose))
    for name in skipped if verbose else ():
        notify(f"skipped {name}")
    for name, why in corpus_files.scan(corpus).passed_over:
        notify(f"skipped {name}: {why}")
    return index, done


def sweep_leftovers(index_dir: Path) -> None:
    """Remove generations that interrupted builds left behind (called under the lock, so
    that no build is writing one; CURRENT cannot change meanwhile)."""
    live = live_name(index_dir)
    if live is not None:
        store.remove_old_generations(index_dir, keep=live)


def build_summary(done: BuildReport, verbose: bool) -> str:
    """The one line a build leaves on stderr."""
    summary = (f"indexed {done.documents} documents, {done.passages} passages in "
               f"{done.seconds:.2f} s")
    if done.reused:
        summary += f" ({done.read} file(s) read, {done.reused} unchanged)"
    if done.skipped:
        summary += (f"; skipped {len(done.skipped)} unreadable, binary or empty file(s)"
                    f"{'' if verbose else ' (--verbose lists them)'}")
    return summary


def build_into(index_dir: Path, corpus: Path, sources, notify: Notify,
               previous: Index | None, progress: Progress | None):
    """Write a new generation of `index_dir` from `sources` and open it; returns (the index,
    the names of skipped files, how many files were reused from `previous`)."""
    from .build import IndexWriter

    gen = store.new_generation(index_dir)
    try:
        # the previous generation's passage codec: its unchanged passages are copied as they are
        writer = IndexWriter(gen, Analyzer(), BM25Params(),
                             previous.passages.codec if previous is not None else None)
        skipped, fingerprints, reused = add_sources(writer, sources, notify, previous, progress)
        if len(writer.passage_offsets) == 1:
            raise UsageError("the documents contain no text to search")
        parts = writer.finish()
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        raise
    store.commit(index_dir, gen, parts, {
        "corpus": str(corpus.resolve()),
        "sources": fingerprints, "params": BM25Params().as_dict(),
        "analyzer": writer.analyzer.settings})
    return store.load(index_dir), skipped, reused


def add_sources(writer: IndexWriter, sources, notify: Notify, previous: Index | None,
                progress: Progress | None = None):
    """Feed every source to the writer, in name order; returns (skipped, fingerprints, how
    many sources were reused from `previous`). Closing `loaded` on the way out ends the
    worker processes at once when the build stops early (an error, Ctrl-C)."""
    from .build import analyze_in_parallel

    reusable = reusable_sources(previous, sources)
    fresh = [s for s in sources if s.name not in reusable]
    skipped, fingerprints = [], {}
    with contextlib.closing(analyze_in_parallel(read_source, fresh, writer.analyzer,
                                                writer.codec_for)) as loaded:
        for done, source in enumerate(sources):
            if progress is not None:
                progress(done, len(sources), len(writer.passage_offsets) - 1)
            if source.name in reusable:
                writer.add_reused(previous, reusable[source.name])
                fingerprints[source.name] = record(
                    source, previous.meta["sources"][source.name].get("sha256"))
                continue
            _, analyzed, info = next(loaded)
            if info.notice:
                notify(info.notice)
            if info.sha256 is not None:  # a file that could not be read at all (gone, locked,
                # no permission) is not remembered, so that the next call tries it again
                fingerprints[source.name] = record(source, info.sha256)
            if analyzed is None:
                skipped.append(source.name)
            else:
                writer.add(analyzed)
    if progress is not None:
        progress(len(sources), len(sources), len(writer.passage_offsets) - 1)
    return skipped, fingerprints, len(reusable)


def read_source(source):
    """`qa.documents.load.read_source`, loaded when a build reads a file: opening an index
    needs neither it nor the hashlib it loads (4.5 ms of CPU)."""
    from ..documents.load import read_source as read

    return read(source)


def reusable_sources(previous: Index | None, sources) -> dict[str, dict]:
    """Entries of the previous generation whose file is unchanged and was indexed by the
    same code: these are copied rather than read and analyzed again."""
    if previous is None or previous.meta.get("builder") != code_fingerprint():
        return {}
    recorded = previous.meta.get("sources", {})
    entries = {entry["source"]: entry for entry in previous.sources}
    return {s.name: entries[s.name] for s in sources
            if s.name in entries and s.name in recorded and source_unchanged(recorded[s.name], s)}


def load_quietly(index_dir: Path) -> Index | None:
    try:
        return store.load(index_dir)
    except store.DamagedIndex:
        return None


def load_if_fresh_quietly(index_dir: Path, sources) -> Index | None:
    return load_if_fresh(index_dir, sources, lambda _message: None)


def report(index: Index, sources, skipped, started: float, rebuilt: bool,
           reused: int = 0) -> BuildReport:
    where = "" if index.folder is None else str(index.folder)
    read = len(sources) - reused if rebuilt else 0
    return BuildReport(len(sources) - len(skipped), len(index.passages),
                       time.perf_counter() - started, tuple(skipped), rebuilt, where,
                       read, reused)


def remember_query_stems(index: Index) -> None:
    """Keep the stems this process computed for query words, for the next `qa` process."""
    analyzer = index.analyzer
    if index.folder is not None and len(analyzer.learned) > analyzer.remembered:
        store.save_query_stems(index.folder, analyzer.learned, index.meta["builder"])
        analyzer.remembered = len(analyzer.learned)
