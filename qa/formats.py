"""Turn a file of any supported format into a `Document`: plain text, markdown, HTML or PDF.

`load_document(name, data)` dispatches on the suffix of `name` (the path relative to the corpus
folder, kept as the passages' `source`). Plain text and PDF text go through `qa.chunk`, which
has to guess the structure of the text; markdown and HTML are parsed, so their structure is
known and they arrive here as `Block`s (headings and runs of text, each piece with its line),
which `build_document` turns into passages with the chunker's paragraph rules: hyphenation
decided by the document, over-long paragraphs split, pull quotes and boilerplate sections
(`Related articles`, `Share`) dropped, datelines and reading times dropped, titles derived.

The per-format modules (`markdown_text`, `html_text`, `pdf_text`) are imported only when a file
of their format is read: markdown-it and pypdf are slow to import.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

# The chunker's paragraph-level pass, shared so that every format follows the same rules.
from .chunk import (HEADING, TEXT, Segment, Unit, chunk_text, derived_title, draft_passages,
                    is_metadata)
from .clean import ends_sentence, vocabulary
from .corpus import decode, is_binary
from .passage import BODY, NOTE, Document, Passage

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

TITLE, CODE = "title", "code"   # Block kinds besides HEADING and TEXT (and NOTE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


class UnreadableDocument(Exception):
    """A file that cannot be turned into text (binary, corrupt or encrypted PDF, no text layer).

    The indexer skips such a file and counts it; the message says why.
    """


@dataclass
class Block:
    """A structural piece of a parsed document, before it becomes passages.

    `kind` is HEADING, TITLE (the heading that names the document, not a section), TEXT, NOTE
    (a footnote) or CODE (kept verbatim: no metadata filter). `lines` are (1-based line of the
    source file, text) pieces in reading order; pieces are joined with a space (or rejoined
    when a word was hyphenated across them). `listing` marks a list, its items made sentences.
    """

    kind: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    level: int = 0   # 1-6 for headings
    listing: bool = False

    @property
    def text(self) -> str:
        return " ".join(" ".join(text.split()) for _, text in self.lines).strip()

    def end_item(self) -> None:
        """Close a list item: give it a full stop unless it ends a sentence already."""
        for i in range(len(self.lines) - 1, -1, -1):
            number, text = self.lines[i]
            if text.strip():
                if not ends_sentence(text):
                    self.lines[i] = (number, text.rstrip() + ".")
                return


def load_document(name: str, data: bytes) -> Document:
    """The passages of one file, `name` relative to the corpus folder, `data` its bytes.

    Raises UnreadableDocument for a file that has no text to offer (binary, corrupt PDF).
    """
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        from .pdf_text import pdf_document
        return pdf_document(name, data)
    if is_binary(data):
        raise UnreadableDocument(f"{name} is binary, not text")
    text = decode(data)[0]
    if suffix in MARKDOWN_SUFFIXES:
        from .markdown_text import markdown_document
        return markdown_document(name, text)
    if suffix in HTML_SUFFIXES:
        from .html_text import html_document
        return html_document(name, text)
    return chunk_text(name, text)


def build_document(source: str, blocks: list[Block], title: str = "") -> Document:
    """Passages from parsed blocks: headings become sections, text blocks paragraphs.

    The document's title is `title` if given, else the text of the TITLE block, else the
    opening words of the first paragraph (as for plain text).
    """
    units, title_index = [], None
    for block in _introduce_lists(blocks):
        lines = [(n, clean) for n, text in block.lines if (clean := _normalise(text))]
        if not lines:
            continue
        if block.kind in (HEADING, TITLE):
            if block.kind == TITLE and title_index is None:
                title_index = len(units)
            units.append(Unit(HEADING, [Segment(HEADING, lines)]))
        elif block.kind == CODE or not is_metadata(" ".join(t for _, t in lines)):
            units.append(Unit(NOTE if block.kind == NOTE else BODY, [Segment(TEXT, lines)]))
    vocab = vocabulary(" ".join(unit.text for unit in units))
    drafts = draft_passages(units, title_index, vocab)
    if not title:
        named = title_index is not None
        title = units[title_index].text if named else derived_title(drafts, source)
    passages = tuple(Passage(source, n, d.line_start, d.line_end, title, d.section, d.kind, d.text)
                     for n, d in enumerate(drafts, 1))
    return Document(source, title, passages)


def _introduce_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph ending in a colon and the list right after it make one passage.

    `The files created are:` answers nothing alone, and the list items lack their subject.
    """
    kept: list[Block] = []
    for block in blocks:
        previous = kept[-1] if kept else None
        if (block.listing and previous is not None and previous.kind == TEXT
                and not previous.listing and previous.text.endswith(":")):
            kept[-1] = Block(TEXT, previous.lines + block.lines, listing=True)
        else:
            kept.append(block)
    return kept


def _normalise(text: str) -> str:
    """Whitespace collapsed, invisible characters (zero-width space, soft hyphen) removed."""
    return " ".join(text.translate(_INVISIBLE).split())
