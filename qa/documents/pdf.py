"""PDF to passages: text extracted per page with pypdf, its layout read, then the chunker's rules.

Line numbers of a PDF passage count lines of its *extracted text*: the pages' texts as pypdf's
`page.extract_text()` gives them, joined in page order with a newline, numbered from 1 (so
`"\\n".join(p.extract_text() for p in PdfReader(path).pages).split("\\n")[n - 1]` is line n).
`page` is the 1-based page of the passage's first line.

A PDF knows where each line sits and in which font, so its structure is read, not guessed:
- running headers and footers go: lines at the top or bottom edge of most pages (at least
  three, and at least half of them) that are identical, or identical but for the page number
  (`Page 3 of 9`, `Annual report 2024 | 7`); so do bare page numbers;
- a new paragraph starts after a vertical gap wider than the usual line spacing, at a bullet,
  at a change of font size, or after a short line that ends a sentence (hard-wrapped text);
- a short paragraph in larger type (or all bold) is a heading, one in smaller type that starts
  with a number a footnote (`kind: note`); bulleted paragraphs in a row are one list, as in
  markdown;
- a paragraph still unfinished at the foot of a page (no closing punctuation, or a last line
  that runs the full width) goes on with the first paragraph of the next page, footnotes in
  between kept apart; but a page break between two complete sentences (the last line ends
  one, the next page's text begins with a capital or a digit) ends the paragraph;
- the title is the PDF's own title, else the largest type on page 1, else the first heading.
Lines are then joined into passages by `qa.documents.blocks.build_document` (the chunker's last pass):
hyphenated words rejoined as the document's own vocabulary says, long paragraphs split.
"""
from __future__ import annotations

import io
import logging
import math
import re
import statistics
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from ..errors import UnreadableDocument
from ..types import Document
from .blocks import HEADING, NOTE, PAGE_NUMBER_RE, TEXT, TITLE, Block, build_document
from .repair import BULLET_RE, ends_sentence, repair_line

EDGE_LINES = 3          # lines at the top and at the bottom of a page checked for furniture
MIN_RUNNING_PAGES = 3   # a running header or footer repeats on this many pages at least
GAP_FACTOR = 1.4        # a gap this many times the usual line spacing separates paragraphs
FULL_LINE = 0.8         # a line this long (share of a full line) is not a paragraph's last
SIZE_STEP = 1.12        # font sizes this far apart are different kinds of text
_NOTE_MARK_RE = re.compile(r"^\s*(?:\d{1,3}|[*†‡]{1,2})(?:\s+|(?=[A-Z“‘\"(]))")
_BOLD_RE = re.compile(r"(?i)bold|black|heavy|semibold|demi")

# pypdf logs every flaw it repairs in a damaged file; that is noise on the user's terminal.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False


@dataclass
class _Line:
    text: str
    number: int                  # line of the extracted text, 1-based across pages
    y: float | None = None       # baseline height on the page, when pypdf reports it
    x: float | None = None       # where the line starts
    size: float | None = None    # font size in points
    bold: bool = False


@dataclass
class _PageLayout:
    spacing: float | None        # usual distance between two lines of a paragraph
    width: int                   # length of a full line, in characters
    size: float | None           # body font size


def pdf_document(source: str, data: bytes) -> Document:
    reader = _open(source, data)
    pages = _read_pages(reader, source)
    if not any(line.text.strip() for page in pages for line in page):
        raise UnreadableDocument(f"{source} has no text layer (a scanned PDF needs OCR first)")
    drop = _furniture(pages)
    kept = [[line for line in page if _is_text(line) and line.number not in drop]
            for page in pages]
    layout = _measure(kept)
    title = _metadata_title(reader) or _largest_type(pages[0], layout)
    blocks = _mark_title(_blocks(kept, layout), title)
    document = build_document(source, blocks, title)
    starts = [page[0].number for page in pages]
    passages = tuple(replace(p, page=bisect_right(starts, p.line_start)) for p in document.passages)
    return replace(document, passages=passages)


def _open(source: str, data: bytes):
    """The PDF's reader, decrypted when it is encrypted without a password (an owner password
    only restricts printing or copying). A PDF that asks for a password to open is refused."""
    from pypdf.errors import DependencyError
    try:
        from pypdf import PdfReader
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(f"{source} is protected by a password "
                                     "(qa does not read password-protected PDFs)")
        len(reader.pages)  # the page tree is read lazily: fail here, not halfway
    except UnreadableDocument:
        raise
    except DependencyError as exc:
        raise _needs_cryptography(source) from exc
    except Exception as exc:  # pypdf raises many types for damaged files
        raise UnreadableDocument(f"{source} is not a readable PDF ({exc})") from exc
    return reader


def _needs_cryptography(source: str) -> UnreadableDocument:
    # qa depends on `cryptography`; this is for an installation that left it out.
    return UnreadableDocument(f"{source} is encrypted with AES, and decrypting it needs the "
                              "cryptography package: pip install cryptography")


# ---- lines and where they sit -------------------------------------------------------------------

def _read_pages(reader, source: str) -> list[list[_Line]]:
    pages, number = [], 1
    for page in reader.pages:
        lines = _page_lines(page, number, source)
        pages.append(lines)
        number += len(lines)
    return pages


def _page_lines(page, first: int, source: str) -> list[_Line]:
    """The page's extracted lines, each with the position and font of its first text if known."""
    pieces = []
    from pypdf.errors import DependencyError
    try:
        text = page.extract_text(visitor_text=lambda *args: pieces.append(args))
    except DependencyError as exc:  # every page is encrypted alike: say why, once
        raise _needs_cryptography(source) from exc
    except Exception:
        text, pieces = "", []  # one damaged page costs its own text, not the document's
    lines = [_Line(line, first + i) for i, line in enumerate(text.split("\n"))]
    if "".join(p[0] for p in pieces) != text:
        return lines  # positions would not line up with the text: go without them
    index, longest = 0, [0] * len(lines)
    for piece, cm, tm, font, size in pieces:
        for k, part in enumerate(piece.split("\n")):
            index += k > 0
            line, m = lines[index], _multiply(tm, cm)
            if part.strip() and line.y is None:
                line.x, line.y = m[4], m[5]
            if len(part.strip()) > longest[index]:  # the type of most of the line, not of a bullet
                longest[index] = len(part.strip())
                line.size = size * math.hypot(m[2], m[3])
                line.bold = bool(_BOLD_RE.search(str((font or {}).get("/BaseFont", ""))))
    return lines


def _multiply(a, b) -> list[float]:
    """The product of two PDF transformation matrices [a b c d e f]."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def _is_text(line: _Line) -> bool:
    text = line.text.strip()
    return bool(re.search(r"[^\W_]", text)) and not PAGE_NUMBER_RE.match(text)


def _measure(pages: list[list[_Line]]) -> _PageLayout:
    gaps = [a.y - b.y for page in pages for a, b in zip(page, page[1:])
            if a.y is not None and b.y is not None and a.y > b.y]
    lengths = sorted(len(line.text.strip()) for page in pages for line in page) or [0]
    sizes = [round(line.size, 1) for page in pages for line in page if line.size]
    return _PageLayout(_usual(gaps),
                   max(lengths[int(0.9 * (len(lengths) - 1))], 1),
                   statistics.mode(sizes) if sizes else None)


def _usual(gaps: list[float]) -> float | None:
    """The most frequent line spacing (the smaller on a tie): lines within a paragraph."""
    if not gaps:
        return None
    counts = Counter(round(gap * 2) / 2 for gap in gaps)
    return min(counts, key=lambda gap: (-counts[gap], gap))


# ---- running headers and footers ----------------------------------------------------------------

def _furniture(pages: list[list[_Line]]) -> set[int]:
    """Numbers of the lines that are running headers or footers.

    A line near the top or bottom edge is furniture when nearly the same line stands at an
    edge of most pages: at least MIN_RUNNING_PAGES pages and at least half of them, with the
    same words and at most one number that differs from page to page, growing with the page
    (the page number: `Page 3 of 9`, `Annual report 2024 | 7`). A line that repeats on fewer
    pages, or whose numbers differ otherwise (`In 2019, 12 attacks were recorded` on one page,
    `In 2020, 31 ...` on the next), is text. Top and bottom count together: pypdf gives a page's lines
    in the order they were drawn, which puts a header last on some pages.
    """
    edges = [(_edge(page), _edge(page[::-1])) for page in pages]
    seen: dict[str, dict[int, list[str]]] = {}   # key -> page -> texts of that key there
    for page, (top, bottom) in enumerate(edges):
        for line in top + bottom:
            seen.setdefault(_key(line.text), {}).setdefault(page, []).append(line.text)
    needed = max(MIN_RUNNING_PAGES, math.ceil(len(pages) / 2))
    running = {key for key, by_page in seen.items()
               if len(by_page) >= needed and _nearly_same(by_page)}
    drop = set()
    for edge in (side for pair in edges for side in pair):
        for line in edge:  # from the edge inwards, stopping at the first line that is text
            if _key(line.text) not in running:
                break
            drop.add(line.number)
    return drop


def _nearly_same(by_page: dict[int, list[str]]) -> bool:
    """Lines with the same words whose numbers are the same but in one place at most, where
    the number follows the page (the page number, perhaps offset: it grows by one a page)."""
    found = [(page, re.findall(r"\d+", text)) for page, texts in by_page.items() for text in texts]
    width = len(found[0][1])
    varying = [i for i in range(width) if len({numbers[i] for _, numbers in found}) > 1]
    if not varying:
        return True
    return len(varying) == 1 and len({int(numbers[varying[0]]) - page
                                      for page, numbers in found}) == 1


def _edge(lines: list[_Line]) -> list[_Line]:
    return [line for line in lines if line.text.strip()][:EDGE_LINES]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


# ---- paragraphs, headings, notes ----------------------------------------------------------------

def _blocks(pages: list[list[_Line]], layout: _PageLayout) -> list[Block]:
    """Blocks in reading order; a paragraph cut by a page break is made whole again."""
    blocks, running = [], None
    for lines in pages:
        page = _page_blocks(_paragraphs(lines, layout), layout)
        if (running is not None and page and page[0].kind == TEXT and not page[0].listing
                and not _between_sentences(running, page[0])):
            running.lines.extend(page.pop(0).lines)
            last = running
        else:
            last = None
        blocks.extend(page)
        last = _last_paragraph(page, last)
        running = last if last is not None and _runs_on(last, layout) else None
    return blocks


def _page_blocks(paragraphs: list[list[_Line]], layout: _PageLayout) -> list[Block]:
    """A page's blocks; consecutive bulleted paragraphs make one list, as in markdown."""
    blocks: list[Block] = []
    for paragraph in paragraphs:
        block = _block(paragraph, layout)
        block.listing = block.kind == TEXT and bool(BULLET_RE.match(paragraph[0].text))
        if block.listing and blocks and blocks[-1].listing:
            blocks[-1].end_item()
            blocks[-1].lines.extend(block.lines)
        else:
            blocks.append(block)
    for block in blocks:
        if block.listing:
            block.end_item()
    return blocks


def _last_paragraph(page: list[Block], carried: Block | None) -> Block | None:
    """The page's last body paragraph, looking past footnotes but not past a heading."""
    for block in reversed(page):
        if block.kind == TEXT:
            return block
        if block.kind != NOTE:
            return None
    return carried


def _paragraphs(lines: list[_Line], layout: _PageLayout) -> list[list[_Line]]:
    paragraphs: list[list[_Line]] = []
    for line in lines:
        if paragraphs and not _starts_paragraph(paragraphs[-1], line, layout):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _starts_paragraph(paragraph: list[_Line], below: _Line, layout: _PageLayout) -> bool:
    above = paragraph[-1]
    if BULLET_RE.match(below.text) or _size_changes(above, below) or _outdented(paragraph, below):
        return True
    if layout.spacing and above.y is not None and below.y is not None:
        drop = above.y - below.y
        if drop > GAP_FACTOR * layout.spacing or drop < -layout.spacing / 2:  # gap, or new column
            return True
    if above.bold and not below.bold and _heading_like(above.text):
        return True
    last = above.text.strip()
    return len(last) < 0.6 * layout.width and ends_sentence(last)


def _outdented(paragraph: list[_Line], below: _Line) -> bool:
    """A line starting left of a list item's wrapped lines is the text after the list."""
    if len(paragraph) < 2 or not BULLET_RE.match(paragraph[0].text):
        return False
    indent, size = paragraph[1].x, paragraph[1].size or 10
    return indent is not None and below.x is not None and below.x < indent - size / 2


def _size_changes(above: _Line, below: _Line) -> bool:
    if not above.size or not below.size:
        return False
    return max(above.size, below.size) > SIZE_STEP * min(above.size, below.size)


def _block(paragraph: list[_Line], layout: _PageLayout) -> Block:
    first = paragraph[0]
    text = " ".join(line.text.strip() for line in paragraph)
    big = bool(first.size and layout.size and first.size > SIZE_STEP * layout.size)
    small = bool(first.size and layout.size and first.size * SIZE_STEP < layout.size)
    if len(paragraph) <= 2 and _heading_like(text) and (big or all(l.bold for l in paragraph)):
        kind = HEADING
    elif small and _NOTE_MARK_RE.match(text):
        kind = NOTE
    else:
        kind = TEXT
    lines = [(line.number, repair_line(line.text)) for line in paragraph]
    # The bullet of a list item and the number of a footnote are not part of the text.
    lead = (_NOTE_MARK_RE if kind == NOTE else BULLET_RE).match(lines[0][1])
    if lead:
        lines[0] = (lines[0][0], lines[0][1][lead.end():])
    return Block(kind, lines)


def _heading_like(text: str) -> bool:
    """Could be a heading by its shape. Looser than the plain-text chunker's test: here the
    type (larger or bold) says it is a heading, the shape only must not rule it out."""
    words = text.split()
    return (0 < len(words) <= 16 and bool(re.search(r"[^\W\d_]", text))
            and not re.search(r"[.,;:]$", text.rstrip()))


def _between_sentences(above: Block, below: Block) -> bool:
    """Does a page break fall between two complete sentences: `above` finished, and `below`
    starting as a sentence does (a capital, a digit, an opening quote or bracket)?"""
    if not ends_sentence(above.lines[-1][1]):
        return False
    first = below.lines[0][1].lstrip("\"“‘'([ ")
    return bool(first) and (first[0].isdigit() or (first[0].isalpha() and not first[0].islower()))


def _runs_on(block: Block, layout: _PageLayout) -> bool:
    """Does the paragraph go on past the foot of the page? Unfinished, or filling its last line."""
    last = block.lines[-1][1].strip()
    return not ends_sentence(last) or len(last) >= FULL_LINE * layout.width


# ---- title --------------------------------------------------------------------------------------

def _metadata_title(reader) -> str:
    """The PDF's own title, unless it is a file name or an editor's placeholder."""
    try:
        title = " ".join(str((reader.metadata or {}).get("/Title") or "").split())
    except Exception:
        return ""
    placeholder = re.match(
        r"(?i)(microsoft (word|powerpoint|excel)|untitled|slide \d|document\d*$)", title)
    file_name = re.search(r"\.\w{2,4}$", title)
    return "" if placeholder or file_name or len(title.split()) < 2 else title


def _largest_type(page: list[_Line], layout: _PageLayout) -> str:
    """The first page's line(s) in the largest type, if that is clearly larger than the body."""
    sized = [line for line in page if line.size and line.text.strip()]
    if not sized or not layout.size:
        return ""
    largest = max(line.size for line in sized)
    if largest < 1.25 * layout.size:
        return ""
    start = next(i for i, line in enumerate(sized) if line.size == largest)
    run = [line.text.strip() for line in sized[start:start + 3]
           if abs(line.size - largest) < 0.01 * largest]
    return repair_line(" ".join(run))


def _mark_title(blocks: list[Block], title: str) -> list[Block]:
    """The heading that names the document is its title, not a section."""
    for block in blocks:
        if block.kind == HEADING and (not title or block.text == title):
            block.kind = TITLE
            return blocks
        if block.kind != HEADING and not title and ends_sentence(block.text):
            return blocks  # body text before any heading: the first heading is a section
    return blocks
