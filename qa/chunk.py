"""Turn one document's text into passages: clean paragraphs and notes, with sections and a title.

Three passes, each over a simpler structure than the last:
1. lines -> segments: pieces of blank-line-separated blocks, each a candidate paragraph,
   heading, footnote start or page furniture;
2. segments -> units: a paragraph cut by a page break or a block of footnotes is rejoined, and
   the footnotes in between become notes of their own;
3. units -> passages: text glued (split words rejoined), over-long paragraphs split, pull quotes
   and boilerplate dropped, numbered in reading order.
Pure and cheap to import: stdlib only.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from .clean import (BULLET_RE, clean_line, ends_sentence, finish_paragraph, join_pieces,
                    split_sup_note, starts_lower, vocabulary)
from .passage import BODY, NOTE, Document, Passage
from .sentences import split_sentences

TEXT, HEADING, NOTE_START, DROP = "text", "heading", "note-start", "drop"
MAX_WORDS = 400      # longer paragraphs are split at sentence boundaries
MAX_NOTE_SCAN = 60   # how far past an interrupted paragraph its continuation is looked for

_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_PLAIN_NOTE_RE = re.compile(r"^\s?(\d{1,3})\s+(?=[A-Z‘“\"(\[])(.*)$")
_HEADER_RE = re.compile(r"^(?:\d{1,4}\s+([A-Z][A-Z&’' .-]{2,})|([A-Z][A-Z&’' .-]{2,}?)\s+\d{1,4})$")
_PAGE_NUMBER_RE = re.compile(r"(?i)^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$")
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
GENERIC_SECTIONS = {"introduction", "summary", "abstract", "background", "overview", "contents",
                    "table of contents", "executive summary", "preface", "foreword", "key points"}


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


@dataclass
class _Layout:
    """What is known about the whole document before its blocks are read."""
    wrapped: bool                  # hard-wrapped at a fixed width (OCR/PDF text)
    width: int                     # typical full line length when wrapped
    markdown: bool                 # has `#` headings: then only those are headings
    headers: set[str]              # running page headers seen repeatedly
    last_note: int = 0             # footnote numbers run in sequence through the document


def chunk_text(source: str, text: str) -> Document:
    """Split a whole document into passages citing `source`, paragraph and line range."""
    lines = text.replace("\r\n", "\n").split("\n")
    units = _units(_segments(lines))
    if not any(u.kind != HEADING for u in units):
        # Only short unpunctuated lines (a list of names, a one-line file): keep them as text.
        units = [Unit(BODY, u.segments) for u in units]
    title_index = _title_heading(units)
    passages = draft_passages(units, title_index, vocabulary(text))
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
        text = clean_line(heading.group(1).strip("# "))
        junk = re.search(r"\w\*\*\w", heading.group(1)) or not re.search(r"[A-Za-z]", text)
        return (DROP, "", False) if junk else (HEADING, text, False)
    note = split_sup_note(stripped) or _plain_note(stripped, layout, previous, single)
    if note:
        layout.last_note = note[0]
        return NOTE_START, note[1], False
    bullet = BULLET_RE.match(raw)
    return TEXT, clean_line(raw[bullet.end():] if bullet else raw), bool(bullet)


def _is_furniture(stripped: str, layout: _Layout) -> bool:
    """Page headers, page numbers and stray marks such as `~`: never part of the text."""
    if not re.search(r"[A-Za-z0-9]", stripped) or _PAGE_NUMBER_RE.match(stripped):
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
    return number, clean_line(match.group(2))


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


def is_metadata(text: str) -> bool:
    """Datelines (`JULY 2024`), reading times (`Africa 12 minutes`), addresses and phone lines."""
    if _DATE_RE.match(text):
        return True
    words = len(text.split())
    if words <= 8 and _READING_TIME_RE.search(text):
        return True
    return words <= 20 and not ends_sentence(text) and any(r.search(text) for r in _CONTACT_RES)


def _heading_shaped(text: str) -> bool:
    """Short, starts with a capital, no sentence-ending or clause punctuation (a `?` is fine)."""
    words = text.split()
    if not 0 < len(words) <= 14 or len(text) > 120 or not re.search(r"[A-Za-z]", text):
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


def derived_title(passages: list[Draft], source: str) -> str:
    """Without a title line: the opening words of the first paragraph, else the file name."""
    first = next((p.text for p in passages if p.kind == BODY), "")
    words = first[slice(*split_sentences(first)[0])].split() if first else []
    derived = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
    # A title must not repeat a whole passage (a one-line file): then the file name serves.
    return derived if derived and derived != first else source.rsplit(".", 1)[0]


def draft_passages(units: list[Unit], title_index: int | None, vocab: set[str]) -> list[Draft]:
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


def _assemble(unit: Unit, vocab: set[str]) -> tuple[str, list[tuple[int, int]]]:
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
    words = len(text.split())
    if words <= MAX_WORDS:
        return [(0, len(text))]
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
    for n, i in enumerate(bodies):
        text = found[i].text
        quote = _words(re.sub(r"\[[^\]]*\]", "", text))  # editorial `[MINUSMA's] presence`
        if len(text.split()) > 60 or len(quote.replace(" ", "")) < 20:
            continue
        neighbours = [found[bodies[m]].text for m in (n - 1, n + 1) if 0 <= m < len(bodies)]
        # Whole words only: `Ab cdef.` is not repeated inside `Abc def ...`.
        if any(len(other) > len(text) and f" {quote} " in f" {_words(other)} "
               for other in neighbours):
            drop.add(i)
    return [p for i, p in enumerate(found) if i not in drop]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))
