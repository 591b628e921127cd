"""HTML to passages with the standard library's `html.parser` (no dependency).

- Text of block elements (`p`, `div`, `blockquote`, `li`, `td`, `dd`, ...) becomes paragraphs;
  `h1`-`h6` become sections. The title is `<title>`, else the first `<h1>`.
- Never text: `script`, `style`, `noscript`, `template`, `nav`, `header` (except an article's
  own header, which holds its headline), `footer`, `aside`, `form`, `svg`, `iframe`, form
  controls, and any element that is `hidden`, `aria-hidden="true"` or has a navigation/banner
  role. Comments and tags never reach a passage; entities are decoded, whitespace collapsed.
- A list (`ul`/`ol`, nested lists included) is one passage whose items are sentences, joined
  to a paragraph that introduces it with a colon, as in markdown; a table row is one passage
  with its cells joined by ` | `; `pre` is kept as code.
- Line ranges run from the line of the tag that opens a block to the line of the tag that
  closes it (the parser's `getpos()`), in the file's own line numbers.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from html.parser import HTMLParser

from ..inputs import normalise_newlines
from ..types import Document
from .blocks import CODE, HEADING, TEXT, TITLE, Block, build_document
from .repair import ends_sentence

SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                  "form", "svg", "iframe", "object", "canvas", "button", "select", "textarea"})
SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCKS = HEADINGS | frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "html", "legend", "li", "main", "ol",
    "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"})
# Elements whose inner blocks do not cut them into passages, and the kind of block they make.
CONTAINERS = {"ul": TEXT, "ol": TEXT, "tr": TEXT, "pre": CODE} | dict.fromkeys(HEADINGS, HEADING)
# Start tags that close an open element of the same family (`<li>a<li>b`) within its scope.
_IMPLIED = {"li": ({"li"}, {"ul", "ol"}), "dt": ({"dt", "dd"}, {"dl"}),
            "dd": ({"dt", "dd"}, {"dl"}), "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead"}),
            "td": ({"td", "th"}, {"tr", "table"}), "th": ({"td", "th"}, {"tr", "table"}),
            "p": ({"p"}, BLOCKS - {"p"})}


def html_document(source: str, text: str) -> Document:
    title, blocks = html_blocks(text)
    if not title:
        first_h1 = next((b for b in blocks if b.kind == HEADING and b.level == 1), None)
        if first_h1 is not None:
            first_h1.kind = TITLE
    return build_document(source, blocks, title)


def html_blocks(text: str, first_line: int = 1) -> tuple[str, list[Block]]:
    """The `<title>` text and the blocks of an HTML text whose first line is `first_line`."""
    extractor = _Extractor(first_line)
    extractor.feed(_closable(normalise_newlines(text)))
    extractor.close()
    extractor.finish()
    return " ".join((extractor.title or "").split()), extractor.blocks


def _closable(text: str) -> str:
    """`text` with every `<` that nothing can close written `&lt;` (which reads back as `<`).

    The standard library's parser looks for the end of a tag or comment from each `<` to the
    end of the text, and when there is none it gives that `<` back as text and looks again
    from the next one: thousands of unclosed `<a ` or `<!--` took quadratic time. A `<` after
    the text's last `>` cannot start a tag, nor a `<!--` after its last `-->` a comment, nor a
    `<![` after its last `]>` a marked section; the parser would have given them back as text
    too, so the text read is the same."""
    last = text.rfind(">")
    if "<" in text[last + 1:]:
        text = text[:last + 1] + text[last + 1:].replace("<", "&lt;")
    end = text.rfind("-->")
    if "<!--" in text[end + 3:]:
        text = text[:end + 3] + text[end + 3:].replace("<!--", "&lt;!--")
    end = max((m.end() for m in _SECTION_END_RE.finditer(text)), default=0)
    if "<![" in text[end:]:  # a marked section (`<![CDATA[`) ends at `]]>` or `]>`
        text = text[:end] + text[end:].replace("<![", "&lt;![")
    return text


_SECTION_END_RE = re.compile(r"\]\s*>")


class _Extractor(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.line_shift = first_line - 1  # not `offset`: HTMLParser uses that name
        self.stack: list[tuple[str, bool]] = []   # open elements: (tag, inside a skipped one)
        # Where each tag stands in the stack, lowest first: finding an open element costs a
        # lookup, not a walk down the stack (thousands of unclosed `<b>` made every tag slow).
        self.positions: dict[str, list[int]] = {}
        self.container: tuple[int, str] | None = None  # (stack index, tag) of the open container
        self.current = _Run()
        self.open_line = first_line
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.in_title = False

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def line(self) -> int:
        return self.getpos()[0] + self.line_shift

    # ---- parser callbacks ----

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in VOID:
            self._void(tag)
            return
        self._close_implied(tag)
        skipped = self.skipping or self._hides(tag, dict(attrs))
        if skipped and not self.skipping:
            self._boundary()  # the text before and after a menu must not run together
        self._push(tag, skipped)
        if skipped:
            return
        if tag == "title" and self.title is None:
            self.title, self.in_title = "", True
        elif tag in BLOCKS:
            self._start_block(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in VOID:
            self._void(tag)
        else:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        open_at = self.positions.get(tag)
        if open_at:
            self._pop_to(open_at[-1])
        # A stray end tag (no such element open) is ignored, as browsers do.

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.in_title:
            self.title += data
            return
        run, line = self.current, self.line()
        for k, part in enumerate(data.split("\n")):
            if k == 0 and run.lines and (run.lines[-1][0] == line or _glued(run.last_char(), part)):
                run.add(part)
            else:
                run.new_line(line + k, part)

    def finish(self) -> None:
        self._pop_to(0)
        self._flush(TEXT)

    # ---- structure ----

    def _hides(self, tag: str, attrs: dict) -> bool:
        if tag in SKIP:
            return not (tag == "header" and any(t == "article" for t, _ in self.stack))
        return ("hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true"
                or (attrs.get("role") or "").lower() in SKIP_ROLES)

    def _close_implied(self, tag: str) -> None:
        """`<li>` closes the open `<li>` (and what is open inside it) unless a list opened
        since: the lowest element of `closes` above the innermost element of `scope` goes.
        (`<tr>` closes an open `<td>` and its `<tr>`: the lowest, hence the `<tr>`.)"""
        if tag not in _IMPLIED:
            return
        closes, scope = _IMPLIED[tag]
        if not any(self.positions.get(t) for t in closes):
            return
        floor = max((self.positions[t][-1] for t in scope if self.positions.get(t)), default=-1)
        above = [at[bisect_right(at, floor)] for t in closes
                 if (at := self.positions.get(t)) and at[-1] > floor]
        if above:
            self._pop_to(min(above))

    def _push(self, tag: str, skipped: bool) -> None:
        self.positions.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, skipped))

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            tag, skipped = self.stack.pop()
            self.positions[tag].pop()
            self._end_element(tag, skipped, len(self.stack))

    def _start_block(self, tag: str) -> None:
        if self.container is None:
            self._boundary()
            if tag in CONTAINERS:
                self.container = (len(self.stack) - 1, tag)
        elif tag == "li" and self.container[1] in ("ul", "ol"):
            self.current.end_item()
            self._append(" ")
        elif tag in ("td", "th") and self.container[1] == "tr" and self.current.has_text:
            self._append(" | ")
        else:
            self._append(" ")

    def _end_element(self, tag: str, skipped: bool, index: int) -> None:
        if skipped:
            if not self.skipping:
                self.open_line = self.line()
            return
        if tag == "title":
            self.in_title = False
        elif self.container is not None and self.container[0] == index:
            if tag in ("ul", "ol"):
                self.current.end_item()
            self._flush(CONTAINERS[tag], int(tag[1]) if tag in HEADINGS else 0,
                        listing=tag in ("ul", "ol"))
            self.container = None
        elif tag in BLOCKS:
            self._boundary()

    def _void(self, tag: str) -> None:
        if self.skipping:
            return
        if tag == "br":
            self._append(" ")
        elif tag == "hr" and self.container is None:
            self._boundary()

    def _boundary(self) -> None:
        if self.container is None:
            self._flush(TEXT)
        else:
            self._append(" ")

    def _append(self, text: str) -> None:
        if self.current.lines:
            self.current.add(text)
        else:
            self.current.new_line(self.line(), text)

    def _flush(self, kind: str, level: int = 0, listing: bool = False) -> None:
        """End the current run of text as a block running from `open_line` to here."""
        line = self.line()
        lines = [(n, text) for n, text in self.current.joined() if text.strip()]
        if lines:
            lines[0] = (min(self.open_line, lines[0][0]), lines[0][1])
            lines[-1] = (max(line, lines[-1][0]), lines[-1][1])
            self.blocks.append(Block(kind, lines, level, listing))
        self.current, self.open_line = _Run(), line


class _Run:
    """The text of the block being read, line by line, each line kept as its pieces until the
    block ends: adding to a line costs the piece, not the line (a line of 100,000 tags would
    otherwise be copied once per tag)."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, list[str]]] = []
        self.has_text = False

    def new_line(self, number: int, text: str) -> None:
        self.lines.append((number, [text]))
        self.has_text = self.has_text or bool(text.strip())

    def add(self, text: str) -> None:
        self.lines[-1][1].append(text)
        self.has_text = self.has_text or bool(text.strip())

    def last_char(self) -> str:
        return next((part[-1] for part in reversed(self.lines[-1][1]) if part), "")

    def end_item(self) -> None:
        """Close a list item: give it a full stop unless it ends a sentence already."""
        for _, parts in reversed(self.lines):
            tail = _tail(parts)
            if tail:
                if not ends_sentence(tail):
                    while not parts[-1].strip():
                        parts.pop()
                    parts[-1] = parts[-1].rstrip()
                    parts.append(".")
                return

    def joined(self) -> list[tuple[int, str]]:
        return [(number, "".join(parts)) for number, parts in self.lines]


def _tail(parts: list[str]) -> str:
    """Enough of the end of a line to tell whether it ends a sentence: back to the last
    character that is not a space, closing quote or bracket (or '' for a blank line)."""
    tail = ""
    for part in reversed(parts):
        tail = part + tail
        if tail.rstrip().rstrip("\"'’”)]»」』"):
            return tail
    return tail if tail.strip() else ""


def _glued(left: str, right: str) -> bool:
    """Text split only by a tag spanning lines (`Hello<a\\nhref=...>world`) joins without space."""
    return bool(left and right) and not left[-1].isspace() and not right[0].isspace()
