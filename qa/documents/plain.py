"""Plain text (and text extracted from PDFs by other tools) into passages: clean paragraphs
and notes, with sections and a title. Its structure has to be guessed from the lines.

Three passes, each over a simpler structure than the last:
1. lines -> segments: pieces of blank-line-separated blocks, each a candidate paragraph,
   heading, footnote start or page furniture;
2. segments -> units: a paragraph cut by a page break or a block of footnotes is rejoined, and
   the footnotes in between become notes of their own;
3. units -> passages: the paragraph rules every format shares (`qa.documents.blocks`).
Pure and cheap to import: stdlib only.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..inputs import normalise_newlines
from ..text.lexicon import words
from ..types import Document, Passage
from .blocks import (BODY, HEADING, NOTE, PAGE_NUMBER_RE, TEXT, Segment, Unit, derived_title,
                     draft_passages, is_metadata)
from .repair import (BULLET_RE, LazyVocabulary, ends_sentence, repair_line, split_sup_note,
                     starts_lower, word_count_upto)

PART_CHARS = 4_000_000  # a longer text is chunked in parts of about this size
NOTE_START, DROP = "note-start", "drop"  # segment kinds of this chunker, besides TEXT, HEADING
MAX_NOTE_SCAN = 60   # how far past an interrupted paragraph its continuation is looked for

_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_PLAIN_NOTE_RE = re.compile(r"^\s?(\d{1,3})\s+(?=[A-Z‘“\"(\[])(.*)$")
_HEADER_RE = re.compile(r"^(?:\d{1,4}\s+([A-Z][A-Z&’' .-]{2,})|([A-Z][A-Z&’' .-]{2,}?)\s+\d{1,4})$")
GENERIC_SECTIONS = frozenset(words()["generic_sections"])


@dataclass
class _Layout:
    """What is known about the whole text before its blocks are read (a PDF knows more:
    `qa.documents.pdf` has its own)."""
    wrapped: bool                  # hard-wrapped at a fixed width (OCR/PDF text)
    width: int                     # typical full line length when wrapped
    markdown: bool                 # has `#` headings: then only those are headings
    headers: set[str]              # running page headers seen repeatedly
    last_note: int = 0             # footnote numbers run in sequence through the document


def chunk_text(source: str, text: str) -> Document:
    """Split a whole document into passages citing `source`, paragraph and line range.

    A text longer than PART_CHARS is read in parts (`text_parts`), each chunked alone: the
    chunker's working memory is some fifteen times the text it reads, so parts bound it."""
    text = normalise_newlines(text)
    if len(text) <= PART_CHARS:
        return _chunk_whole(source, text)
    passages: list[Passage] = []
    title, first_line = None, 1
    for part, lines_before in text_parts(text):
        document = _chunk_whole(source, part)
        title = title or document.title
        shift, base = first_line + lines_before - 1, len(passages)
        passages.extend(replace(p, paragraph=base + n, line_start=p.line_start + shift,
                                line_end=p.line_end + shift, title=title)
                        for n, p in enumerate(document.passages, 1))
    return Document(source, title, tuple(passages))


def text_parts(text: str):
    """(part, newlines before it) for parts of about PART_CHARS characters, cut at a blank
    line in the second half of each, else at a line end, else at a space, else anywhere."""
    start, lines = 0, 0
    while len(text) - start > PART_CHARS:
        low, end = start + PART_CHARS // 2, start + PART_CHARS
        cut = text.rfind("\n\n", low, end)
        if cut < 0:
            cut = text.rfind("\n", low, end)
        if cut < 0:
            cut = text.rfind(" ", low, end)
        cut, skip = (cut, 1) if cut >= 0 else (end, 0)   # the newline or space cut at goes
        yield text[start:cut], lines
        lines += text.count("\n", start, cut + skip)
        start = cut + skip
    yield text[start:], lines


def _chunk_whole(source: str, text: str) -> Document:
    lines = text.split("\n")
    units = _units(_segments(lines))
    if not any(u.kind != HEADING for u in units):
        # Only short unpunctuated lines (a list of names, a one-line file): keep them as text.
        units = [Unit(BODY, u.segments) for u in units]
    title_index = _title_heading(units)
    passages = draft_passages(units, title_index, LazyVocabulary(text))
    title = units[title_index].text if title_index is not None else derived_title(passages, source)
    numbered = tuple(Passage(source, n, d.line_start, d.line_end, title, d.section, d.kind, d.text)
                     for n, d in enumerate(passages, 1))
    return Document(source, title, numbered)


# ---- pass 1: lines -> segments ----------------------------------------------------------------

def _segments(lines: list[str]) -> list[Segment]:
    layout = _layout(lines)
    segments: list[Segment] = []
    for block in _blocks(lines):
        pieces = _split_block(block, layout)
        for piece in pieces:
            piece.alone = len(pieces) == 1
            _classify_segment(piece, layout)
        segments.extend(pieces)
    return segments


def _layout(lines: list[str]) -> _Layout:
    lengths = sorted(len(line.strip()) for line in lines if line.strip()) or [0]
    # Prose with one line per paragraph has long lines; wrapped text rarely exceeds ~100 chars.
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    markdown = any(_MD_HEADING_RE.match(line) for line in lines)
    return _Layout(p90 <= 100, max(p90, 1), markdown, _running_headers(lines))


def _running_headers(lines: list[str]) -> set[str]:
    """Texts of `4 MEETING NOTE`-style lines that recur with a page number: page furniture."""
    counts = Counter()
    for line in lines:
        match = _HEADER_RE.match(line.strip())
        if match:
            counts[match.group(1) or match.group(2)] += 1
    return {header for header, n in counts.items() if n >= 2}


def _blocks(lines: list[str]):
    """Runs of non-blank lines as lists of (line number, raw line)."""
    block = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _split_block(block, layout: _Layout) -> list[Segment]:
    """Cut a block where a new paragraph, note, heading or piece of furniture begins."""
    segments: list[Segment] = []
    for number, raw in block:
        kind, text, bullet = _classify_line(raw, layout, segments, len(block) == 1)
        if segments and kind == TEXT and _glued_heading(segments[-1], text, layout):
            segments[-1].kind = HEADING  # `Opportunities and Recommendations` + body, no blank
        elif segments and kind == TEXT and not bullet and _continues(segments[-1], raw, layout):
            segments[-1].lines.append((number, text))
            continue
        segments.append(Segment(kind, [(number, text)], raw[:1].isspace(), bullet))
    return segments


def _classify_line(raw: str, layout: _Layout, previous: list[Segment],
                   single: bool) -> tuple[str, str, bool]:
    """(kind, cleaned text, starts with a bullet) of one physical line."""
    stripped = raw.strip()
    if _is_furniture(stripped, layout):
        return DROP, "", False
    heading = _MD_HEADING_RE.match(raw)
    if heading:
        # Logo debris from PDF conversion (`### **STIMS**N`): bold markers glued inside a word.
        text = repair_line(heading.group(1).strip("# "))
        junk = re.search(r"\w\*\*\w", heading.group(1)) or not re.search(r"[^\W\d_]", text)
        return (DROP, "", False) if junk else (HEADING, text, False)
    note = split_sup_note(stripped) or _plain_note(stripped, layout, previous, single)
    if note:
        layout.last_note = note[0]
        return NOTE_START, note[1], False
    bullet = BULLET_RE.match(raw)
    return TEXT, repair_line(raw[bullet.end():] if bullet else raw), bool(bullet)


def _is_furniture(stripped: str, layout: _Layout) -> bool:
    """Page headers, page numbers and stray marks such as `~`: never part of the text. A line
    with a letter or digit of any script is text (`Отчёт`, `报告`), never a stray mark."""
    if not re.search(r"[^\W_]", stripped) or PAGE_NUMBER_RE.match(stripped):
        return True
    match = _HEADER_RE.match(stripped)
    return bool(match) and (match.group(1) or match.group(2)) in layout.headers


def _plain_note(stripped: str, layout: _Layout, previous: list[Segment],
                single: bool) -> tuple[int, str] | None:
    """`3 During 2013/2014, ...`: a footnote when its number continues the running sequence.

    Only at the start of a block or right after another note line of the same block, so a
    wrapped body line that happens to begin with a number is never mistaken for a note; a
    short standalone line such as `1 Introduction` is a numbered heading, not a note.
    """
    match = _PLAIN_NOTE_RE.match(stripped)
    if not match or (previous and previous[-1].kind != NOTE_START):
        return None
    if single and _heading_shaped(stripped) and len(stripped.split()) <= 6:
        return None
    number = int(match.group(1))
    if not layout.last_note < number <= layout.last_note + 5:
        return None
    return number, repair_line(match.group(2))


def _continues(segment: Segment, raw: str, layout: _Layout) -> bool:
    """Does this line carry on the previous segment of the same block (hard wrapping)?"""
    if not layout.wrapped or segment.kind not in (TEXT, NOTE_START) or raw[:1].isspace():
        return False
    # A short line that ends a sentence closes its paragraph even without a blank line.
    last = segment.lines[-1][1]
    return not (len(last) < 0.6 * layout.width and ends_sentence(last))


def _glued_heading(segment: Segment, text: str, layout: _Layout) -> bool:
    """A short Title Case first line followed by a capitalised body line is a heading."""
    if not layout.wrapped or segment.kind != TEXT or len(segment.lines) != 1:
        return False
    line = segment.lines[0][1]
    long_words = [w for w in line.split() if len(w) >= 4]
    return (_heading_shaped(line) and len(line) < 0.7 * layout.width and len(line.split()) <= 8
            and all(w[0].isupper() for w in long_words) and text[:1].isupper())


def _classify_segment(segment: Segment, layout: _Layout) -> None:
    """Segment-level decisions that need the whole segment: datelines, bylines, headings."""
    if segment.kind != TEXT:
        return
    text = segment.text
    standalone_line = segment.alone and len(segment.lines) == 1
    if is_metadata(text):
        segment.kind = DROP
    elif standalone_line and not layout.markdown and _heading_shaped(text):
        segment.kind = HEADING


def _heading_shaped(text: str) -> bool:
    """Short, starts with a capital, no sentence-ending or clause punctuation (a `?` is fine)."""
    words = word_count_upto(text, 14)
    if not 0 < words <= 14 or len(text) > 120 or not re.search(r"[^\W\d_]", text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "‘“\"'"):
        return False
    return not re.search(r"[.,;:!…\-–—]$", text.rstrip("’”\"')"))


# ---- pass 2: segments -> units ----------------------------------------------------------------

def _units(segments: list[Segment]) -> list[Unit]:
    units: list[Unit] = []
    i = 0
    while i < len(segments):
        segment = segments[i]
        i += 1
        if segment.kind == DROP:
            continue
        if segment.kind == HEADING:
            units.append(Unit(HEADING, [segment]))
        elif segment.kind == NOTE_START or _continues_note(units, segment):
            _add_note(units, segment)
        else:
            body = Unit(BODY, [segment])
            units.append(body)
            i = _follow_body(segments, i, body, units)
    return units


def _follow_body(segments: list[Segment], i: int, body: Unit, units: list[Unit]) -> int:
    """While the paragraph is unfinished, pull in its continuation; notes on the way stay notes."""
    while not ends_sentence(body.segments[-1].text):
        found = _find_resumption(segments, i)
        if found is None:
            break
        j, notes = found
        for k in notes:
            _add_note(units, segments[k])
        body.segments.append(segments[j])
        i = j + 1
    return i


def _find_resumption(segments: list[Segment], i: int) -> tuple[int, list[int]] | None:
    """Where an interrupted paragraph resumes, and the note segments that interrupt it.

    It resumes on an indented line, or on a lower-case line once the notes before it are
    finished (a lower-case line after an unfinished note continues that note). Segments between
    the paragraph and its resumption are notes, even unnumbered ones, provided a numbered note
    comes soon; with only page furniture in between, the next segment is the continuation.
    """
    notes: list[int] = []
    for j in range(i, min(len(segments), i + MAX_NOTE_SCAN)):
        segment = segments[j]
        if segment.kind == HEADING:
            return None
        if segment.kind == DROP:
            continue
        if segment.kind == TEXT and _resumes(segment, [segments[k] for k in notes]):
            return j, notes
        if segment.kind == TEXT and not notes and not _note_follows(segments, j):
            # No notes, but page furniture (a running header) in between: the paragraph goes on.
            page_break = any(s.kind == DROP for s in segments[i:j])
            return (j, notes) if page_break else None
        notes.append(j)
    return None


def _resumes(segment: Segment, notes: list[Segment]) -> bool:
    if segment.bullet:
        return False
    if segment.indented:
        return True
    return starts_lower(segment.text) and (not notes or ends_sentence(notes[-1].text))


def _note_follows(segments: list[Segment], j: int) -> bool:
    later = [s for s in segments[j + 1:j + 4] if s.kind != DROP]
    return bool(later) and later[0].kind == NOTE_START


def _continues_note(units: list[Unit], segment: Segment) -> bool:
    """A lower-case segment after an unfinished note (`Bama-` / `ko, May 2014`) belongs to it."""
    if segment.kind != TEXT or not units or units[-1].kind != NOTE:
        return False
    last = units[-1].text
    return not ends_sentence(last) and (starts_lower(segment.text) or last.endswith(("-", "/")))


def _add_note(units: list[Unit], segment: Segment) -> None:
    if segment.kind != NOTE_START and _continues_note(units, segment):
        units[-1].segments.append(segment)
    else:
        units.append(Unit(NOTE, [segment]))


# ---- pass 3: units -> passages ----------------------------------------------------------------

def _title_heading(units: list[Unit]) -> int | None:
    """Index of the heading that is the document title, if there is one.

    The first heading is the title if only caption-like lines (no finished sentence) precede it
    and it is not a generic section name such as `Introduction`.
    """
    for i, unit in enumerate(units):
        if unit.kind == HEADING:
            return i if unit.text.lower() not in GENERIC_SECTIONS else None
        if unit.kind == NOTE or ends_sentence(unit.text):
            return None
    return None


