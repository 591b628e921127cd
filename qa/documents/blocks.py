"""Parsed pieces of a document and the paragraph rules every format shares.

The plain-text chunker (`qa.documents.plain`) has to guess a document's structure; markdown,
HTML and PDF readers know it and hand over `Block`s (headings and runs of text, each piece
with its line). Both end in the same last pass, `draft_passages`: text glued (split words
rejoined as the document's own vocabulary says), over-long paragraphs split, pull quotes and
boilerplate sections (`Related articles`, `Share`) dropped, datelines and reading times
dropped, titles derived. `build_document` runs it over blocks.

The kinds of blocks, in one place: HEADING, TITLE (the heading that names the document, not a
section), TEXT, NOTE (a footnote) and CODE (kept verbatim); a passage is BODY or NOTE.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Container
from typing import NamedTuple

from ..text.analyze import remove_invisible
from ..text.sentences import split_sentences
from ..types import Document, Passage, PassageKind
from .repair import ends_sentence, finish_paragraph, join_pieces, vocabulary, word_count_upto

HEADING, TITLE, TEXT, CODE = "heading", "title", "text", "code"
BODY, NOTE = PassageKind.BODY.value, PassageKind.NOTE.value
MAX_WORDS = 400      # longer paragraphs are split at sentence boundaries
# A page number alone on a line, in any format: `12`, `Page 3 of 9`, `3 / 9`, `iv`.
PAGE_NUMBER_RE = re.compile(
    r"(?i)^(?:page\s+)?(?:\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?"
    r"|(?=[ivxlc]{1,6}$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))$")
_DATE_RE = re.compile(r"(?i)^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                      r"[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$")
_READING_TIME_RE = re.compile(r"(?i)\b\d+\s*(?:min|mins|minutes?)(?:\s+read)?$")
_CONTACT_RES = (re.compile(r"(?i)\b(?:tel|fax|phone)\b[\s.:]*\+?\d"),
                re.compile(r"\+\d{1,3}[\s-]\d"),
                re.compile(r"^\S+@\S+\.\w+$"),
                re.compile(r"(?i)^(?:https?://)?www\.[\w.-]+/?$"),
                re.compile(r"(?i)\bP\.?\s?O\.? Box\b"),
                re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?\b"))
_BOILERPLATE_RE = re.compile(r"(?i)^(?:contributors?|subscribe\b.*|sign up\b.*|share(?: this.*)?|"
                             r"related(?: articles| content| reading)?|read more|more from\b.*|"
                             r"follow us\b.*|newsletter\b.*|tags)$")


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


@dataclass
class Segment:
    kind: str
    lines: list[tuple[int, str]]   # (1-based line number, cleaned text of that line)
    indented: bool = False         # began with whitespace: OCR's mark of a page-break continuation
    bullet: bool = False           # a list item: starts something new, never a continuation
    alone: bool = False            # the only segment of its blank-line block

    @property
    def text(self) -> str:
        return " ".join(text for _, text in self.lines if text)


@dataclass
class Unit:
    kind: str                      # BODY, NOTE or HEADING
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


class Draft(NamedTuple):
    """A passage before numbering."""
    kind: str
    section: str
    text: str
    line_start: int
    line_end: int


def is_metadata(text: str) -> bool:
    """Datelines (`JULY 2024`), reading times (`Africa 12 minutes`), addresses and phone lines."""
    if _DATE_RE.match(text):
        return True
    words = word_count_upto(text, 20)  # the tests below ask only up to 20
    if words <= 8 and _READING_TIME_RE.search(text):
        return True
    return words <= 20 and not ends_sentence(text) and any(r.search(text) for r in _CONTACT_RES)


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
    return " ".join(remove_invisible(text).split())


def derived_title(passages: list[Draft], source: str) -> str:
    """Without a title line: the opening words of the first paragraph, else the file name."""
    first = next((p.text for p in passages if p.kind == BODY), "")
    words = first[slice(*split_sentences(first)[0])].split() if first else []
    derived = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    # A title must not repeat a whole passage (a one-line file): then the file name serves.
    return derived if derived and derived != first else source.rsplit(".", 1)[0]


def draft_passages(units: list[Unit], title_index: int | None, vocab: Container[str]) -> list[Draft]:
    """Every passage in reading order, not yet numbered."""
    found, section, skipping = [], "", False
    for i, unit in enumerate(units):
        if unit.kind == HEADING:
            skipping = bool(_BOILERPLATE_RE.match(unit.text))
            section = section if (skipping or i == title_index) else unit.text
            continue
        if skipping:
            continue  # newsletter sign-ups and contributor lists after a boilerplate heading
        text, marks = _assemble(unit, vocab)
        if not text:
            continue  # e.g. a bare `<sup>3</sup>` line: a note marker without its text
        for start, end in _split_long(text):
            found.append(Draft(unit.kind, section, text[start:end], _line_at(marks, start),
                                _line_at(marks, end - 1)))
    return _drop_pull_quotes(found)


def _assemble(unit: Unit, vocab: Container[str]) -> tuple[str, list[tuple[int, int]]]:
    """The unit's text, and (offset, line number) marks saying where each line's text starts."""
    text, marks = "", []
    for segment in unit.segments:
        for number, piece in segment.lines:
            if piece:
                joined = join_pieces(text, piece, vocab)
                marks.append((len(joined) - len(piece), number))
                text = joined
    return finish_paragraph(text.strip()), marks


def _line_at(marks: list[tuple[int, int]], offset: int) -> int:
    line = marks[0][1]
    for start, number in marks:
        if start > offset:
            break
        line = number
    return line


def _split_long(text: str) -> list[tuple[int, int]]:
    """Character spans of roughly equal parts, cut at sentence ends, each near MAX_WORDS or less."""
    # a text of n characters holds at most (n + 1) // 2 words (one character each, one
    # space between): most paragraphs are too short to need counting (2 of 3 at 1M)
    if len(text) <= 2 * MAX_WORDS or word_count_upto(text, MAX_WORDS) <= MAX_WORDS:
        return [(0, len(text))]
    words = len(text.split())
    parts = -(-words // MAX_WORDS)
    target = words / parts
    spans, start, end, count = [], 0, 0, 0
    for s_start, s_end in split_sentences(text):
        size = len(text[s_start:s_end].split())
        # Cut before this sentence if that leaves the current part nearer its share of the words.
        if count and abs(count - target) <= abs(count + size - target) and len(spans) < parts - 1:
            spans.append((start, end))
            start, count = s_start, 0
        count += size
        end = s_end
    return spans + [(start, len(text))]


def _drop_pull_quotes(found: list[Draft]) -> list[Draft]:
    """A short body line repeated verbatim inside the next or previous paragraph is a pull quote."""
    bodies = [i for i, p in enumerate(found) if p.kind == BODY]
    drop = set()
    words_of: dict[int, str] = {}  # `_words` of a body, once: each is the neighbour of two
    for n, i in enumerate(bodies):
        text = found[i].text
        if len(text) > 1000 or word_count_upto(text, 60) > 60:  # too long for a pull quote
            continue
        quote = _words(re.sub(r"\[[^\]]*\]", "", text))  # editorial `[MINUSMA's] presence`
        if len(quote.replace(" ", "")) < 20:
            continue
        neighbours = [m for m in (n - 1, n + 1) if 0 <= m < len(bodies)]
        # each of `_words`' words is a piece of its text lowercased: a neighbour without the
        # quote's longest word does not hold the quote, and is not split into words for it
        longest = max(quote.split(" "), key=len)
        # Whole words only: `Ab cdef.` is not repeated inside `Abc def ...`.
        for m in neighbours:
            other = found[bodies[m]].text
            if len(other) > len(text) and longest in other.lower():
                if m not in words_of:
                    words_of[m] = _words(other)
                if f" {quote} " in f" {words_of[m]} ":
                    drop.add(i)
                    break
    return [p for i, p in enumerate(found) if i not in drop]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
