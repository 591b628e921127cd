"""Reading what users type: a batch of questions or claims, one per line, from a file or
standard input, a draft's bytes, and text from the command line that was not valid UTF-8;
and the one rule for line endings that every reader of text follows (`normalise_newlines`)."""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import UsageError
from .frozen import frozen


@frozen
class BatchLine:
    """One input line: its text, or why it cannot be used (undecodable or blank)."""

    text: str
    error: str | None = None


def read_input(name: str, what: str) -> bytes:
    """The bytes of file `name` ('-' for stdin); `what` names it in the error ("batch")."""
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read {what} {name}: {getattr(exc, 'strerror', None) or exc}")


def read_batch(name: str) -> list[BatchLine]:
    """Lines of `name` ('-' for stdin); a final newline does not make an extra empty line."""
    data = read_input(name, "batch")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    raw_lines = normalise_newlines(data).split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    return [parse_line(raw) for raw in raw_lines]


def normalise_newlines(text):
    """CRLF (Windows) and a lone CR (classic Mac OS, some exports) become LF, in a mix too;
    takes and returns `str` or `bytes`."""
    cr, lf = ("\r", "\n") if isinstance(text, str) else (b"\r", b"\n")
    return text.replace(cr + lf, lf).replace(cr, lf) if cr in text else text


def parse_line(raw: bytes) -> BatchLine:
    try:
        text = raw.rstrip(b"\r").decode("utf-8")
    except UnicodeDecodeError as exc:
        return BatchLine(raw.decode("utf-8", errors="replace").strip(),
                         f"line is not valid UTF-8 (byte {exc.start})")
    if not text.strip():
        return BatchLine("", "blank line")
    return BatchLine(text.strip())


def decode_argument(text: str) -> str:
    """Arguments that were not UTF-8 reach Python as lone surrogates: make them U+FFFD, as a
    batch line gets, so that nothing downstream fails to encode them."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
