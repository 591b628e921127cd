"""The unit of retrieval: one clean paragraph of a source document, with its citation."""
from __future__ import annotations

from dataclasses import dataclass

BODY = "body"
NOTE = "note"


@dataclass(frozen=True)
class Passage:
    """One paragraph of a document, clean enough to quote.

    `paragraph` is 1-based in reading order within `source`; `line_start`/`line_end` are the
    first and last 1-based lines of the original file the text came from (for a PDF, lines of
    its extracted text: see `qa.pdf_text`). `page` is the 1-based PDF page of the first line,
    None for other formats.
    """

    source: str
    paragraph: int
    line_start: int
    line_end: int
    title: str
    section: str
    kind: str
    text: str
    page: int | None = None

    @property
    def citation(self) -> str:
        page = f" p.{self.page}" if self.page is not None else ""
        return f"{self.source}{page} ¶{self.paragraph} (lines {self.line_start}-{self.line_end})"


@dataclass(frozen=True)
class Document:
    """A source file turned into passages."""

    source: str
    title: str
    passages: tuple[Passage, ...]
