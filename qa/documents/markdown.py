"""Markdown (CommonMark plus tables) to passages, parsed with markdown-it-py.

- Headings become sections; the first level-1 heading (`#`, `===` or an HTML `<h1>`) is the
  title, unless YAML front matter names one (then that heading is still not a section).
- Paragraphs (also inside block quotes) become passages whose line ranges are their lines in
  the file. Emphasis, strike-through, link and image syntax goes: link text stays, images
  (their alt text) are dropped, inline HTML tags are dropped, footnote-marker `<sup>3</sup>`
  vanishes, struck-out text (`~~old~~`) goes.
- A list (with its nested lists) is one passage: each item becomes a sentence, given a full stop
  when it has no closing punctuation of its own (`Protect civilians. Support elections.`); a
  paragraph that introduces it with a colon joins it (`The tasks were: Protect ...`).
- A table row is one passage, its cells joined with ` | `.
- Code blocks are kept, each as one passage of its own (code answers "which command ..."
  questions); their text is whitespace-collapsed, not otherwise cleaned.
- HTML blocks are read with `qa.documents.html`: their text stays, tags, scripts and styles go.
- Footnote definitions (`[^1]: text`) become notes; references (`[^1]`) are removed.
- Lists and quotes nested deeper than MAX_NESTING levels (which markdown-it would skip) are
  read line by line below that depth: marked lines are items, others paragraph lines.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..inputs import normalise_newlines
from ..types import Document
from .blocks import CODE, HEADING, NOTE, TEXT, TITLE, Block, build_document
from .html import html_blocks

_FRONT_MATTER_END = ("---", "...")
_FRONT_TITLE_RE = re.compile(r"""^title:\s*["']?(.*?)["']?\s*$""", re.I)
_NOTE_REF_RE = re.compile(r"\[\^[^\]\s]+\](?!:)")
_NOTE_DEF_RE = re.compile(r"^\[\^[^\]\s]+\]:\s*")
_SUP_MARK_RE = re.compile(r"[\s\d,;*†‡]*")
MAX_BRACKETS, BRACKET_SPACING = 1000, 20   # `[` so many and so dense are not links
INLINE_PIECE = 20_000  # a longer paragraph is parsed a piece at a time (memory)
MAX_NESTING = 20   # markdown-it levels (a list adds two, a quote one) parsed as structure:
                   # markdown-it's own maxNesting, past which it would drop the text
# The markers of lists and quotes that open a line nested too deep to be parsed as structure.
_STARTS_BLOCK_RE = re.compile(r"(?:>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|#{1,6}(?=\s|$)|```|~~~)")
_DEEP_MARKER_RE = re.compile(r"\s*(?:>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$))")


def markdown_document(source: str, text: str) -> Document:
    lines = normalise_newlines(text).split("\n")
    front_title = _strip_front_matter(lines)
    parser = _parser()
    blocks = _Reader(parser).read(parser.parse("\n".join(lines)))
    return build_document(source, blocks, front_title)


def _parser() -> MarkdownIt:
    """CommonMark plus tables and strike-through, whose block parser reads content nested
    deeper than MAX_NESTING as plain lines (`_DeepText`) instead of dropping it."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # markdown-it skips whatever lies deeper than maxNesting (20 levels: 10 nested lists):
    # `_DeepText` takes over at that depth, before markdown-it would skip. The limit stays
    # markdown-it's: it also bounds inline nesting, whose cost per `[` grows with it.
    parser.block.tokenize = _DeepText(parser.block.tokenize)
    parser.core.ruler.at("inline", _parse_inline)
    return parser


def _parse_inline(state) -> None:
    """markdown-it's inline pass, with two bounds for pathological paragraphs:

    - a paragraph packed with `[` (over MAX_BRACKETS, and more than one in BRACKET_SPACING
      characters) has them read as plain brackets: markdown-it tries a link at every `[`,
      some hundred steps each, which made such a paragraph of 1 MB take minutes;
    - a paragraph longer than INLINE_PIECE characters is parsed a piece at a time (cut at a
      line end, else a space), each piece's tokens turned into its text at once: markdown-it
      makes a token of every delimiter, some 500 bytes each, and 1 MB of `**` needed 460 MiB.
      Emphasis or a link that spans two pieces is read as text.
    No prose or list of links comes near either."""
    for token in state.tokens:
        if token.type != "inline":
            continue
        content = token.content
        brackets = content.count("[")
        if brackets > MAX_BRACKETS and brackets * BRACKET_SPACING > len(content):
            content = content.replace("[", "\\[")
        token.children = token.children or []
        if len(content) <= INLINE_PIECE:
            state.md.inline.parse(content, state.md, state.env, token.children)
            continue
        for piece, glue in _inline_pieces(content):
            children: list = []
            state.md.inline.parse(piece, state.md, state.env, children)
            for k, (_, text) in enumerate(_inline_lines(children, 0)):
                if k:
                    token.children.append(Token("softbreak", "br", 0))
                token.children.append(Token("text", "", 0, content=text))
            token.children.append(Token("softbreak", "br", 0) if glue == "\n"
                                  else Token("text", "", 0, content=glue))


def _inline_pieces(content: str):
    """(piece, what was cut at: a newline, a space or nothing) of at most INLINE_PIECE chars."""
    start = 0
    while len(content) - start > INLINE_PIECE:
        end = start + INLINE_PIECE
        cut = content.rfind("\n", start + INLINE_PIECE // 2, end)
        if cut < 0:
            cut = content.rfind(" ", start + INLINE_PIECE // 2, end)
        if cut < 0:
            yield content[start:end], ""
            start = end
        else:
            yield content[start:cut], content[cut]
            start = cut + 1
    yield content[start:], ""


class _DeepText:
    """The block tokenizer, except that below MAX_NESTING levels of lists and quotes the rest
    of the container becomes one `deep_text` token holding its lines (outer markers gone)."""

    def __init__(self, tokenize):
        self.tokenize = tokenize

    def __call__(self, state, start: int, end: int) -> None:
        if state.level < MAX_NESTING:
            self.tokenize(state, start, end)
            return
        begin = state.skipEmptyLines(start)
        if begin >= end or state.sCount[begin] < state.blkIndent:
            state.line = begin
            return
        stop = _container_end(state, begin, end)
        token = state.push("deep_text", "", 0)
        token.map = [begin, stop]
        token.content = state.getLines(begin, stop, state.blkIndent, False)
        state.line = stop


def _markers_end(line: str) -> int:
    """Where the text of a line starts after its list and quote markers. A loop, not one
    regex repeating a group: that kept backtracking state per marker (a line of a million
    `>` took 167 MB of it)."""
    end = 0
    while match := _DEEP_MARKER_RE.match(line, end):
        end = match.end()
    return len(line) - len(line[end:].lstrip())


def _container_end(state, begin: int, end: int) -> int:
    """Where the container being read ends, as markdown-it would see it: at a line indented
    less than the container's content, unless it lazily continues a paragraph (no blank line
    before it and no list or quote marker or heading opening it)."""
    line = begin + 1
    while line < end:
        if state.sCount[line] < state.blkIndent and not state.isEmpty(line):
            text = state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]]
            if state.isEmpty(line - 1) or _STARTS_BLOCK_RE.match(text):
                return line
        line += 1
    return end


def _strip_front_matter(lines: list[str]) -> str:
    """Blank out a leading YAML front matter block (keeping line numbers); return its title."""
    if not lines or lines[0].strip() != "---":
        return ""
    end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() in _FRONT_MATTER_END),
               None)
    if end is None:
        return ""
    title = next((m.group(1) for line in lines[1:end] if (m := _FRONT_TITLE_RE.match(line))), "")
    lines[:end + 1] = [""] * (end + 1)
    return title.strip()


class _Reader:
    """Walks markdown-it's flat token stream, collecting blocks."""

    def __init__(self, parser: MarkdownIt) -> None:
        self.parser = parser
        self.blocks: list[Block] = []
        self.heading: Block | None = None   # the heading being read
        self.group: Block | None = None     # the list or table row being read
        self.lists = 0                      # depth of nested lists
        self.has_title = False

    def read(self, tokens) -> list[Block]:
        for token in tokens:
            handler = getattr(self, "on_" + token.type, None)
            if handler:
                handler(token)
        return self.blocks

    def on_heading_open(self, token) -> None:
        level = int(token.tag[1])
        is_title = level == 1 and not self.has_title and not self.lists
        self.has_title = self.has_title or is_title
        self.heading = Block(TITLE if is_title else HEADING, level=level)

    def on_heading_close(self, token) -> None:
        if self.lists:   # `- # text` is a heading inside a list item: read it as item text
            self.group.lines.extend(self.heading.lines)
        else:
            self.blocks.append(self.heading)
        self.heading = None

    def on_inline(self, token) -> None:
        pieces = _inline_lines(token.children or [], token.map[0] + 1 if token.map else 1)
        if self.heading is not None:
            self.heading.lines.extend(pieces)
        elif self.group is not None:
            self.group.lines.extend(pieces)
        elif pieces and _NOTE_DEF_RE.match(pieces[0][1]):
            first = (pieces[0][0], _NOTE_DEF_RE.sub("", pieces[0][1]))
            self.blocks.append(Block(NOTE, [first] + pieces[1:]))
        else:
            self.blocks.append(Block(TEXT, pieces))

    def on_deep_text(self, token) -> None:
        """Lines nested too deep for structure, read as markdown-it reads shallower ones:
        inside a list each marked line is an item; elsewhere lines up to a blank line are a
        paragraph, and a marked line begins a new one. Inline markup is parsed as usual."""
        block, fresh = self.group, True
        for offset, raw in enumerate(token.content.split("\n")):
            end = _markers_end(raw)
            text, marked = raw[end:], bool(raw[:end].strip())
            if not text.strip():
                fresh = True
                continue
            number = token.map[0] + offset + 1
            children = self.parser.parseInline(text)[0].children or []
            pieces = [(number, piece) for _, piece in _inline_lines(children, number)]
            if self.group is not None:
                if marked:
                    self.group.end_item()
            elif fresh or marked:
                block = Block(TEXT)
                self.blocks.append(block)
            block.lines.extend(pieces)
            fresh = False

    def on_bullet_list_open(self, token) -> None:
        if not self.lists and self.group is None:
            self.group = Block(TEXT, listing=True)
        self.lists += 1

    on_ordered_list_open = on_bullet_list_open

    def on_bullet_list_close(self, token) -> None:
        self.lists -= 1
        if not self.lists and self.group is not None:
            self.group.end_item()
            self.blocks.append(self.group)
            self.group = None

    on_ordered_list_close = on_bullet_list_close

    def on_list_item_open(self, token) -> None:
        self.group.end_item()

    def on_tr_open(self, token) -> None:
        if not self.lists:
            self.group = Block(TEXT)

    def on_td_open(self, token) -> None:
        if self.group is not None and self.group.lines:
            number, text = self.group.lines[-1]
            self.group.lines[-1] = (number, text + " |")

    on_th_open = on_td_open

    def on_tr_close(self, token) -> None:
        if not self.lists:
            self.blocks.append(self.group)
            self.group = None

    def on_fence(self, token) -> None:
        first = token.map[0] + (2 if token.type == "fence" else 1)
        pieces = [(first + i, line) for i, line in enumerate(token.content.split("\n"))]
        if self.group is not None:
            self.group.lines.extend(pieces)
        else:
            self.blocks.append(Block(CODE, pieces))

    on_code_block = on_fence

    def on_html_block(self, token) -> None:
        for block in html_blocks(token.content, token.map[0] + 1)[1]:
            if self.group is not None:
                self.group.lines.extend(block.lines)
                continue
            if block.kind == HEADING and block.level == 1 and not self.has_title:
                block.kind, self.has_title = TITLE, True
            self.blocks.append(block)


def _inline_lines(children, first_line: int) -> list[tuple[int, str]]:
    """Plain text of an inline token, one (line number, text) piece per source line. Each
    line's text is gathered as a list and joined once: a line of 100,000 children would
    otherwise be copied once per child."""
    pieces, line, sup, struck = [(first_line, [])], first_line, None, 0
    for child in children:
        kind = child.type
        struck += (kind == "s_open") - (kind == "s_close")
        if kind in ("softbreak", "hardbreak"):
            line += 1
            pieces.append((line, []))
        elif kind == "html_inline":
            tag = child.content.lower()
            if tag.startswith("<sup"):
                sup = []
            elif tag.startswith("</sup") and sup is not None:
                # `<sup>3</sup>` is a footnote marker and goes; `30<sup>th</sup>` keeps `th`.
                text = "".join(sup)
                pieces[-1][1].append("" if _SUP_MARK_RE.fullmatch(text) else text)
                sup = None
            elif tag.startswith("<br"):
                pieces[-1][1].append(" ")
        elif kind in ("text", "text_special", "code_inline") and not struck:
            (sup if sup is not None else pieces[-1][1]).append(child.content)
    return [(n, _NOTE_REF_RE.sub("", "".join(parts))) for n, parts in pieces]
