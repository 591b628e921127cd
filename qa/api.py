"""qa from Python: a corpus opened once and asked many times.

    import qa

    corpus = qa.open("~/reports")        # no folder: the bundled reports
    result = corpus.ask("How many peacekeepers were killed?", k=3)
    result.results[0].passage.citation   # 'report.txt ¶6 (lines 15-15)'
    result.to_dict()                     # exactly what `qa ask --json` prints

Every method returns the frozen result types of `qa.types`, the values the command line
encodes, and raises the exceptions of `qa.errors` for what a caller can act on (`UsageError`:
an empty question, an unknown source, a missing folder; `IndexUnusable`, `IndexBusy`); their
message is the line the command line prints after `Error: `. Notices (an index being built,
files skipped) go to the `notify` callback, nowhere by default.

This module sits at the top of the layers, beside `cli.py`: it may use every part of the
library and no part of the library uses it. The index machinery is imported when a corpus is
opened, so that `import qa` stays cheap.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Union, overload

from .types import AskResult, BuildReport, CheckResult, Passage, SourceSummary

if TYPE_CHECKING:
    from .index.model import Index

PathLike = Union[str, "os.PathLike[str]"]
Notify = Callable[[str], None]
# Glob patterns over source names (`reports/*.pdf`): one pattern, several, or None for all.
Sources = Union[str, Iterable[str], None]


def open(folder: PathLike | None = None, *, index: PathLike | None = None,
         notify: Notify | None = None, follow_changes: bool = False) -> Corpus:
    """Open the corpus in `folder` (default: the bundled MINUSMA reports), building or
    refreshing its index first if needed. See `Corpus` for the arguments."""
    return Corpus(folder, index=index, notify=notify, follow_changes=follow_changes)


class Corpus:
    """A folder of documents and its index, ready to answer.

    `folder`: the documents (`~` is expanded; default: the bundled reports). `index`: where the
    index is kept (the command line's `--index`; default: `index/` beside the bundled reports
    in a writable checkout, else a per-user cache folder keyed by the corpus's path).
    `notify`: called with each one-line notice (building, skipped files); default: none.
    `follow_changes`: before each call, look for changed documents and refresh the index if
    there are any, as every run of the command line does (a directory listing and an index
    load per call); by default the corpus answers from the index it opened until `refresh()`.

    Opening raises `UsageError` for a missing folder or one without documents. A corpus may be
    shared between threads: its calls run one at a time.
    """

    def __init__(self, folder: PathLike | None = None, *, index: PathLike | None = None,
                 notify: Notify | None = None, follow_changes: bool = False) -> None:
        from .documents.files import bundled_corpus
        from .index.location import default_index_dir

        self.folder: Path = Path(folder).expanduser() if folder is not None else bundled_corpus()
        self.index_dir: Path = (Path(index).expanduser() if index is not None
                                else default_index_dir(self.folder))
        self.follow_changes = follow_changes
        self._notify: Notify = notify or (lambda _message: None)
        self._lock = threading.RLock()
        self._index = self._open()

    def __repr__(self) -> str:
        return f"Corpus({str(self.folder)!r}, index={str(self.index_dir)!r})"

    def ask(self, question: str, k: int = 5, *, sources: Sources = None,
            explain: bool = False) -> AskResult:
        """The `k` passages that best answer `question`, best first, with the sentence that
        answers it (`result.answer`, None when no sentence does) and citations.

        `sources`: only passages of documents whose name matches one of these glob patterns.
        A phrase in double quotes in the question must appear in every passage returned.
        `explain`: each hit says what every query term added to its score. No match is not
        an error: `result.results` is empty. Raises `UsageError` for an empty question or
        `k` below 1.
        """
        from .search.ask import ask

        with self._lock:
            index = self._current()
            result = ask(index, question, k, explain, source_globs(sources))
            self._remember_stems(index)
        return result

    def check(self, claim: str, *, sources: Sources = None) -> CheckResult:
        """Whether the documents support `claim`, contradict it or say nothing of it
        (`result.verdict`), with the evidence sentences and the facts that conflict.

        `sources` as for `ask`. Raises `UsageError` for an empty claim.
        """
        from .claims.check import check

        with self._lock:
            index = self._current()
            result = check(index, claim, source_globs(sources))
            self._remember_stems(index)
        return result

    @overload
    def show(self, source: str, paragraph: None = None) -> list[Passage]: ...

    @overload
    def show(self, source: str, paragraph: int) -> Passage: ...

    def show(self, source: str, paragraph: int | None = None) -> Passage | list[Passage]:
        """The passage cited as `source` ¶`paragraph`, or every passage of `source` in order.

        `source` is a document name as `sources()` lists it. Raises `UsageError` for an
        unknown source or paragraph.
        """
        from .index.browse import passage_at, passages_of

        with self._lock:
            index = self._current()
            if paragraph is None:
                return passages_of(index, source)
            return passage_at(index, source, paragraph)

    def sources(self) -> list[SourceSummary]:
        """The documents of the corpus: name, title and number of passages, by name."""
        from .index.browse import list_documents

        with self._lock:
            return list_documents(self._current())

    def refresh(self) -> BuildReport:
        """Bring the index up to date with the folder: only files that changed are read
        again. The report says whether anything was rebuilt and where the index is kept."""
        from .index.open import rebuild

        with self._lock:
            self._index, report = rebuild(self.folder, self.index_dir, self._notify)
        return report

    def _open(self) -> Index:
        from .index.open import open_index

        return open_index(self.folder, self.index_dir, self._notify)

    def _current(self) -> Index:
        # an index held in memory (its folder could not be written) is not rebuilt per call
        if self.follow_changes and self._index.folder is not None:
            self._index = self._open()
        return self._index

    def _remember_stems(self, index: Index) -> None:
        from .index.open import remember_query_stems

        remember_query_stems(index)  # best effort: the next process stems these words faster


def source_globs(sources: Sources) -> tuple[str, ...]:
    """One pattern or several as the tuple the search takes (a string is one pattern, not a
    sequence of one-letter patterns)."""
    if sources is None:
        return ()
    if isinstance(sources, str):
        return (sources,)
    return tuple(sources)
