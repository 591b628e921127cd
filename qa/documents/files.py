"""Where documents come from: the corpus folder and its source files (which, named how, and
which links are passed over). Reading them is `qa.documents.load`."""
from __future__ import annotations

import os
from pathlib import Path
from stat import S_ISREG

from ..errors import UsageError
from ..frozen import frozen

PLAIN_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
# Every format `qa.documents.load` reads.
SUFFIXES = PLAIN_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent.parent


def bundled_corpus() -> Path:
    """The bundled MINUSMA reports: `seeds/` in a checkout, `qa/seeds` once installed."""
    checkout_seeds = CHECKOUT_ROOT / "seeds"
    if checkout_seeds.is_dir() and (CHECKOUT_ROOT / "pyproject.toml").is_file():
        return checkout_seeds
    return Path(__file__).resolve().parent.parent / "seeds"


@frozen
class SourceFile:
    """A document file of the corpus, named by its path relative to the corpus folder."""

    name: str
    path: Path
    size: int
    mtime_ns: int
    ctime_ns: int = 0
    inode: int = 0


@frozen
class Listing:
    """The document files of a corpus, and the links it passed over (with why)."""

    files: list[SourceFile]
    passed_over: list[tuple[str, str]]


def source_name(path: Path, corpus: Path) -> str:
    """`path` relative to `corpus`, as qa names it: a byte that is not UTF-8 (b"\\xff") is
    written as an escape (`\\xff`), since names go into JSON, which takes no lone surrogates.
    Control characters stay (JSON escapes them); terminals get them escaped (`qa.terminal`)."""
    name = path.relative_to(corpus).as_posix().encode("utf-8", "surrogateescape")
    return name.decode("utf-8", "backslashreplace")


def list_sources(corpus: Path) -> list[SourceFile]:
    """Every document file below `corpus`, sorted by name (see `scan`)."""
    return scan(corpus).files


def scan(corpus: Path) -> Listing:
    """Every document file below `corpus`, sorted by name. Hidden folders and files are
    skipped; symlinked folders are not followed, and a symlinked file is read only when
    it resolves inside the corpus (a link to /etc/shadow is no document of it)."""
    if not corpus.is_dir():
        if corpus.exists():
            raise UsageError(f"--corpus takes a folder, and {corpus} is a file")
        raise UsageError(f"corpus folder not found: {corpus}")
    root = corpus.resolve()
    found, passed_over = [], []
    for folder, dirs, files in os.walk(corpus):  # os.walk does not follow symlinked dirs
        for d in sorted(dirs):
            if not d.startswith(".") and os.path.islink(os.path.join(folder, d)):
                passed_over.append((source_name(Path(folder) / d, corpus),
                                    "a symlinked folder (not followed)"))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in files:
            path = Path(folder) / file
            if file.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            if path.is_symlink() and not inside(path, root):
                passed_over.append((source_name(path, corpus),
                                    "a link to a file outside the corpus"))
                continue
            try:
                stat = path.stat()
            except OSError:  # a dangling or looping symlink
                continue
            if not S_ISREG(stat.st_mode):  # a FIFO or a link to /dev/zero would hang the build
                continue
            found.append(SourceFile(source_name(path, corpus), path, stat.st_size,
                                    stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino))
    found.sort(key=lambda s: s.name)
    return Listing(found, sorted(passed_over))


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, links resolved, lies within the folder `root` (already resolved)."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False
