"""A draft as `qa check --document` reads it: the file read by the corpus's own readers
(`qa.documents.load`), laid out as blocks (its title, headings, paragraphs and notes), each
block cut into sentences that know their place in the draft.

The draft's *extracted text* is what the readers make of the file: the title (when it is a line
of the file), each heading and each passage, in reading order, one block each, separated by a
blank line (`\\n\\n`). Markup is gone, hard-wrapped lines are joined, list items end with a full
stop. A sentence's `start` and `end` are offsets in that text (`text[start:end]` is the
sentence); its `line` is the line of the file where it starts, found by looking for its first
words in the lines its passage came from (for a PDF, lines of its extracted text, as the
corpus's citations count them).
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..documents.files import HTML_SUFFIXES, PDF_SUFFIXES
from ..documents.load import decode, load_document
from ..errors import UnreadableDocument, UsageError
from ..text.analyze import fold_accents
from ..text.sentences import split_sentences
from ..types import BlockKind, Document, DraftBlock, DraftSentence, Passage, PassageKind

STDIN = "-"
LEAD_WORDS = 4  # how many of a sentence's first words find it in the file
WORD_RE = re.compile(r"[^\W_]+")
BLOCKQUOTE_RE = re.compile(r"<(/?)blockquote\b", re.I)


@dataclass(frozen=True)
class Draft:
    """A draft's extracted text, its blocks and its sentences (each with the number of the
    block it belongs to)."""

    name: str
    text: str
    blocks: tuple[DraftBlock, ...]
    sentences: tuple[tuple[DraftSentence, int], ...]


def read_draft(name: str, data: bytes) -> Draft:
    """The draft in file `name` (`-`: standard input, its format recognised from its bytes).
    Raises UsageError for a draft that is not a document or has no text."""
    shown = "standard input" if name == STDIN else name
    as_named = format_name(data) if name == STDIN else PurePosixPath(name).name
    try:
        document = load_document(as_named, data)
    except UnreadableDocument as exc:
        raise UsageError(f"cannot read the draft: {str(exc).replace(as_named, shown, 1)}")
    if not document.passages:
        raise UsageError(f"the draft {shown} has no text to check")
    return lay_out(shown, document, FileText(file_text(as_named, data)))


def format_name(data: bytes) -> str:
    """A file name whose suffix picks the reader for bytes read from standard input."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "stdin.pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "stdin.html"
    return "stdin.md"  # plain prose reads the same as markdown; headings are marked `#`


def file_text(name: str, data: bytes) -> str:
    """The text whose lines citations count: the decoded file (HTML entities decoded line by
    line, so that words match), or a PDF's extracted text."""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        from pypdf import PdfReader  # slow to import: only for a PDF draft
        import io

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    text = decode(data)[0]  # line endings normalised: CRLF, CR and LF alike
    if suffix in HTML_SUFFIXES:
        return "\n".join(html.unescape(line) for line in text.split("\n"))
    return text


class FileText:
    """The draft file's text as words with their offsets, to find a sentence's first line."""

    def __init__(self, text: str):
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.words = [(fold_accents(m.group().lower()), m.start())
                      for m in WORD_RE.finditer(text)]
        self.word_starts = [offset for _, offset in self.words]
        self.quote_marks = [(m.start(), -1 if m.group(1) else 1)
                            for m in BLOCKQUOTE_RE.finditer(text)]

    def offset_of_line(self, line: int) -> int:
        return self.line_starts[min(max(line, 1), len(self.line_starts)) - 1]

    def line_of(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def find(self, text: str, first_line: int, last_line: int, after: int = 0) -> int | None:
        """Where the first words of `text` stand between the two lines (inclusive), at or
        after offset `after`; None if they are not there."""
        lead = words_of(text)[:LEAD_WORDS]
        low = max(self.offset_of_line(first_line), after)
        high = self.offset_of_line(last_line + 1) if last_line < len(self.line_starts) \
            else len(self.text)
        if not lead or low >= high:
            return None
        first = bisect_right(self.word_starts, low - 1)
        for i in range(first, len(self.words) - len(lead) + 1):
            if self.words[i][1] >= high:
                break
            if all(self.words[i + k][0] == word for k, word in enumerate(lead)):
                return self.words[i][1]
        return None

    def quoted_at(self, offset: int) -> bool:
        """Inside a block quote: a `>` line (markdown, e-mail) or an HTML `<blockquote>`."""
        line_start = self.line_starts[self.line_of(offset) - 1]
        if self.text[line_start:offset + 1].lstrip().startswith(">"):
            return True
        return sum(step for at, step in self.quote_marks if at < offset) > 0


def words_of(text: str) -> list[str]:
    return [fold_accents(w.lower()) for w in WORD_RE.findall(text)]


@dataclass
class _Layout:
    """The draft's text being assembled, block by block."""

    file: FileText
    pieces: list[str]
    blocks: list[DraftBlock]
    sentences: list[tuple[DraftSentence, int]]
    length: int = 0
    headed: int = 0  # offset in the file just past the last heading found

    def add(self, kind: BlockKind, text: str, lines: tuple[int, int], quoted: bool = False,
            whole: bool = False) -> None:
        """A block of `text` from the file's `lines`, cut into sentences unless `whole`."""
        start = self.length + (2 if self.pieces else 0)
        self.blocks.append(DraftBlock(kind, start, start + len(text), quoted))
        spans = [(0, len(text.rstrip()))] if whole else split_sentences(text)
        after = 0
        for s, e in spans:
            found = self.file.find(text[s:e], *lines, after=after)
            after = found + 1 if found is not None else after
            line = self.file.line_of(found) if found is not None else lines[0]
            self.sentences.append((DraftSentence(text[s:e], start + s, start + e, line),
                                   len(self.blocks) - 1))
        self.pieces.append(text)
        self.length = start + len(text)


def lay_out(name: str, document: Document, file: FileText) -> Draft:
    """The document's title, headings and passages as the draft's blocks, in reading order."""
    layout = _Layout(file, [], [], [])
    section, previous_end = "", 0
    for n, passage in enumerate(document.passages):
        if n == 0:
            add_heading(layout, BlockKind.TITLE, document.title, 1, passage.line_start - 1,
                        required=True)
        if passage.section and passage.section != section:
            add_heading(layout, BlockKind.HEADING, passage.section, previous_end + 1,
                        passage.line_start - 1, fallback=passage.line_start)
        section, previous_end = passage.section, passage.line_end
        add_passage(layout, passage)
    return Draft(name, "\n\n".join(layout.pieces), tuple(layout.blocks),
                 tuple(layout.sentences))


def add_heading(layout: _Layout, kind: BlockKind, text: str, first: int, last: int,
                fallback: int = 0, required: bool = False) -> None:
    """A heading where the file has it between the passages around it (after the title, when
    both are there). The title only if it is there: a title made of a paragraph's first
    words or of a PDF's metadata is no line of the file."""
    found = layout.file.find(text, first, last, layout.headed) if text else None
    if found is None and (required or not text):
        return
    layout.headed = found + 1 if found is not None else layout.headed
    line = layout.file.line_of(found) if found is not None else fallback
    layout.add(kind, text, (line, line), whole=True)


def add_passage(layout: _Layout, passage: Passage) -> None:
    kind = BlockKind.NOTE if passage.kind == PassageKind.NOTE else BlockKind.PARAGRAPH
    start = layout.file.find(passage.text, passage.line_start, passage.line_end)
    at = start if start is not None else layout.file.offset_of_line(passage.line_start)
    layout.add(kind, passage.text, (passage.line_start, passage.line_end),
               quoted=layout.file.quoted_at(at))
