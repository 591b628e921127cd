"""Where documents come from: the corpus folder, its source files, their text and fingerprints."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from .errors import UsageError

if TYPE_CHECKING:
    from .passage import Document

# The formats qa.formats reads (a test checks they agree); a literal, to keep the chunker and
# the format readers off the start-up path.
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf")
CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def bundled_corpus() -> Path:
    """The bundled MINUSMA reports: `seeds/` in a checkout, `qa/seeds` once installed."""
    checkout_seeds = CHECKOUT_ROOT / "seeds"
    if checkout_seeds.is_dir() and (CHECKOUT_ROOT / "pyproject.toml").is_file():
        return checkout_seeds
    return Path(__file__).resolve().parent / "seeds"


@dataclass(frozen=True)
class SourceFile:
    """A document file of the corpus, named by its path relative to the corpus folder."""

    name: str
    path: Path
    size: int
    mtime_ns: int
    ctime_ns: int = 0
    inode: int = 0


@dataclass(frozen=True)
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
            if file.startswith(".") or path.suffix.lower() not in TEXT_SUFFIXES:
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


def decode(data: bytes) -> tuple[str, str]:
    """Text of a file and the encoding used: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def is_binary(data: bytes) -> bool:
    """A NUL byte outside UTF-16 text means this is not a text document."""
    return b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class SourceInfo:
    """What reading a source taught us besides its text: its hash and anything to tell."""

    sha256: str | None
    notice: str = ""


def read_source(source: SourceFile) -> tuple["Document | None", SourceInfo]:
    """The document of one source file, or None if it cannot be read or is not text."""
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        return None, SourceInfo(None, f"cannot read {source.name}: {exc.strerror}")
    info = SourceInfo(sha256_of(data))
    from .formats import PDF_SUFFIXES, UnreadableDocument, load_document

    try:
        document = load_document(source.name, data)
    except UnreadableDocument as exc:
        return None, SourceInfo(info.sha256, f"skipped {source.name}: {exc}")
    if not source.name.lower().endswith(PDF_SUFFIXES) and decode(data)[1] == "cp1252":
        info = SourceInfo(info.sha256, f"{source.name} is not UTF-8: read as cp1252")
    return document, info
