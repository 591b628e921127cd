"""Reading a source file into a `Document`: its bytes decoded (UTF-8, UTF-16 with a BOM, else
cp1252), then handed to the reader of its format by suffix: plain text (`plain`, which has to
guess the structure), markdown, HTML or PDF (which know it, and build passages from parsed
`Block`s with the same paragraph rules: `qa.documents.blocks`).

The readers of markdown, HTML and PDF are imported only when a file of their format is read:
markdown-it and pypdf are slow to import.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import PurePosixPath

from ..errors import UnreadableDocument
from ..frozen import frozen
from ..inputs import normalise_newlines
from ..types import Document
from .files import HTML_SUFFIXES, MARKDOWN_SUFFIXES, PDF_SUFFIXES, SourceFile


def load_document(name: str, data: bytes) -> Document:
    """The passages of one file, `name` relative to the corpus folder, `data` its bytes.

    Raises UnreadableDocument for a file that has no text to offer (binary, corrupt PDF).
    """
    if PurePosixPath(name).suffix.lower() in PDF_SUFFIXES:
        from .pdf import pdf_document
        return pdf_document(name, data)
    return load_text(name, decode_text(name, data)[0])


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """The text of a file that is not a PDF, and its encoding; UnreadableDocument if binary."""
    if is_binary(data):
        raise UnreadableDocument(f"{name} is binary, not text")
    text, encoding = decode(data)
    if is_binary_text(text):  # e.g. bytes that begin FF FE, decoded as UTF-16 garbage
        raise UnreadableDocument(f"{name} is binary, not text")
    return text, encoding


def load_text(name: str, text: str) -> Document:
    """The passages of a decoded file, read by the reader of its suffix (plain text else)."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from .markdown import markdown_document
        return markdown_document(name, text)
    if suffix in HTML_SUFFIXES:
        from .html import html_document
        return html_document(name, text)
    from .plain import chunk_text

    return chunk_text(name, text)


def decode(data: bytes) -> tuple[str, str]:
    """Text of a file and the encoding used: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252.

    Line endings come out as `\n` whatever they were (CRLF, CR alone, or a mix of all three),
    so that every reader and every line number sees the lines an editor shows.
    """
    text, encoding = _decoded(data)
    return normalise_newlines(text), encoding


def _decoded(data: bytes) -> tuple[str, str]:
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


# What text never holds: controls other than layout ones, unassigned code points, private
# use, lone surrogates, and U+FFFD, which stands for bytes that did not decode.
_NOT_TEXT = frozenset({"Cc", "Cn", "Co", "Cs"})
_LAYOUT_CONTROLS = frozenset("\t\n\r\f\v")


def is_binary_text(text: str, sample: int = 8192, share: float = 0.05) -> bool:
    """The decoded-text check that matches `is_binary`: a NUL character, or more than `share`
    of the first `sample` characters being no text at all. A binary file that happens to start
    with a UTF-16 byte-order mark decodes into exactly that (random code units: about 15% are
    unassigned, private use or lone surrogates), while text in any script, emoji included,
    has next to none."""
    head = text[:sample]
    if "\x00" in head:
        return True
    if head.isascii():  # the usual case: its odd characters found by one pattern, not one by one
        odd = len(_ascii_not_text().findall(head))
    else:
        import unicodedata

        odd = sum(1 for c in head if c == "\ufffd"
                  or (unicodedata.category(c) in _NOT_TEXT and c not in _LAYOUT_CONTROLS))
    return odd > share * max(len(head), 1)


@lru_cache(maxsize=1)
def _ascii_not_text() -> re.Pattern:
    """The ASCII characters that `is_binary_text` counts (controls but layout ones)."""
    import unicodedata

    odd = [c for c in map(chr, range(128))
           if unicodedata.category(c) in _NOT_TEXT and c not in _LAYOUT_CONTROLS]
    return re.compile(f"[{re.escape(''.join(odd))}]")


_WORDLIKE_RE = re.compile(r"[^\W_]")  # a letter or digit of any script
_TAG_RE = re.compile(r"<[^>]*>")  # tags are not text (a rough cut, enough to tell)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@frozen
class SourceInfo:
    """What reading a source taught us besides its text: its hash and anything to tell."""

    sha256: str | None
    notice: str = ""


def read_source(source: SourceFile) -> tuple[Document | None, SourceInfo]:
    """The document of one source file, or None if it cannot be read or is not text."""
    try:
        data = source.path.read_bytes()
    except OSError as exc:
        return None, SourceInfo(None, f"cannot read {source.name}: {exc.strerror}")
    info = SourceInfo(sha256_of(data))
    try:
        if source.name.lower().endswith(PDF_SUFFIXES):
            return load_document(source.name, data), info
        text, encoding = decode_text(source.name, data)
        del data  # the bytes are not needed any more: a large file is held once, not twice
        document = load_text(source.name, text)
    except UnreadableDocument as exc:
        return None, SourceInfo(info.sha256, f"skipped {source.name}: {exc}")
    except Exception as exc:  # noqa: BLE001 - a reader's bug or a file it chokes on
        # One bad document must never take the build down: skip it and say which and why.
        return None, SourceInfo(info.sha256, f"skipped {source.name}: it could not be read "
                                             f"({type(exc).__name__}: {exc})")
    if not document.passages and _WORDLIKE_RE.search(_TAG_RE.sub(" ", text)):
        # Text went in and nothing came out: say so, rather than leave the file silently empty.
        return document, SourceInfo(info.sha256, f"{source.name} has text but no passage "
                                                 "could be made of it (markup or headings only?)")
    if encoding == "cp1252":
        info = SourceInfo(info.sha256, f"{source.name} is not UTF-8: read as cp1252")
    return document, info
