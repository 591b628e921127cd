"""Line- and word-level cleanup of text extracted from PDFs, OCR and web pages.

The format readers decide what is a paragraph, a footnote or a heading; this module only
repairs the text of single lines and decides how two wrapped lines are glued back together.
Pure functions over strings.
"""
from __future__ import annotations

import html
from collections.abc import Container
import re

from ..text.lexicon import words

# A sentence (or a clause introducing a list/quote) is finished: trailing quotes/brackets allowed.
# The full stops of other scripts too: Chinese and Japanese `。！？：；`, Arabic `؟` and `؛`,
# Devanagari `।` and `॥`.
TERMINAL_RE = re.compile(r"[.!?:;…。！？：；؟؛।॥][\"'’”)\]»」』]*$")

# PDF-to-markdown output: superscripts, sometimes wrapped in LaTeX math ($<sup>8\;</sup>$).
# Each stops at the next `<sup>` (or `<`): from every unclosed `<sup>` or `<b ` a match was
# looked for to the end of the line, quadratic in a line of thousands of them.
_MATH_SUP_RE = re.compile(r"\$\s*(<sup>(?:(?!<sup>).)*?</sup>)\s*\$", re.I)
_SUP_RE = re.compile(r"<sup>((?:(?!<sup>).)*?)</sup>", re.I)
_TAG_RE = re.compile(r"</?(?:sup|sub|br|span|a|i|b|u|em|strong|small|font|p|div)\b[^<>]*>", re.I)
_TEX_SPACE_RE = re.compile(r"\\[;,:! ]")
_SUP_NOTE_RE = re.compile(r"^\s*\$?\s*<sup>\s*(\d{1,3})(?!\d)(.*)$", re.I)

# OCR turns footnote markers into junk glued after punctuation: `mission,!`, `’.*`, `.’®`, `.?>`.
# Only runs containing a non-quote junk character are removed, so a real closing quote stays.
# (Each of these patterns starts with the character it is about, and looks behind from
# there: a pattern that starts with a look-behind is tried at every position of the line, one
# that starts with a character class jumps from one such character to the next, 5x faster.)
_OCR_MARK_RE = re.compile(r"([.,;:])(?<=[\w)\]’”'].)([’”]?)([!?*®°}>'\"’”]{1,3})(?=\s|$)")
_JUNK_CHARS_RE = re.compile(r"[!?*®°}>]")
_JUNK_CHARS = tuple("!?*®°}>")  # the same characters, each found with `in` (2x the pattern)
# A footnote number glued to the end of a word's sentence: `mandate.8 The`, `agreements.13`.
# Three lowercase letters before the period keep `S/RES/2100.6`, `p.5` or `3.2` intact.
_GLUED_NOTE_RE = re.compile(r"([.,;:])(?<=[a-z][a-z][a-z].)\d{1,2}(?=\s|$)")
_PUNCT_DIGIT_RE = re.compile(r"[.,;:][0-9]")  # what any match of it starts with
# A footnote number left at the very end of a paragraph after its sentence: `communities. 10`.
_TRAILING_NOTE_RE = re.compile(r"(?<=[.!?’”])\s+\d{1,2}$")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=[\w)\]’”])\s+([.,;:])(?=\s|$)")
# found first, and most lines have none: a punctuation mark right after a space
_PUNCT_AFTER_SPACE_RE = re.compile(r"[.,;:](?<=\s.)")
_LONE_QUOTE_RE = re.compile(r"(?<=[.,;:])\"(?=\s|$)")

# Bullet glyphs as OCR renders them (`¢`, `e`) or as typed; `e` only before a capital letter.
BULLET_RE = re.compile(r"^\s*(?:[-¢•·▪◦●■►–*]|e(?=\s+[A-Z]))\s+")

# Hyphenation: first parts that form real compounds, and common second parts of compounds.
KEEP_PREFIXES = frozenset(words()["compound_prefixes"])
COMMON_SECONDS = frozenset(words()["compound_seconds"])
_WORD_RE = re.compile(r"[A-Za-z]+(?:[-’'][A-Za-z]+)*")
_URLISH_RE = re.compile(r"(?:://|^www\.|/)")


def repair_line(line: str) -> str:
    """One physical line, markup stripped, OCR junk removed, whitespace collapsed."""
    line = strip_markup(line)
    line = line.replace("'’", "’").replace("’'", "’")
    # each pattern is tried at every comma and period: first a scan (in C, a character at a
    # time) for what a change needs, which most lines lack: a junk character (without one,
    # `_drop_ocr_mark` gives every match back unchanged), a digit right after a punctuation mark
    if has_junk(line):
        line = _OCR_MARK_RE.sub(_drop_ocr_mark, line)
    if _PUNCT_DIGIT_RE.search(line):
        line = _GLUED_NOTE_RE.sub(r"\1", line)
    if not is_collapsed(line):
        line = " ".join(line.split())
    if not _PUNCT_AFTER_SPACE_RE.search(line):
        return line
    return _SPACE_BEFORE_PUNCT_RE.sub(r"\1", line)


def has_junk(line: str) -> bool:
    """Whether the line has a character `_OCR_MARK_RE` removes (`_JUNK_CHARS_RE`)."""
    for mark in _JUNK_CHARS:
        if mark in line:
            return True
    return False


def is_collapsed(line: str) -> bool:
    """True only if `" ".join(line.split()) == line` (for every printable line that is), found
    without making a string of each word: every whitespace character but the space is
    unprintable (a control or a separator), so a printable line's only spaces are " ", and
    none doubled or at either end."""
    return (line.isprintable() and "  " not in line
            and not line.startswith(" ") and not line.endswith(" "))


def word_count_upto(text: str, most: int) -> int:
    """`len(text.split())` when it is at most `most`, else `most + 1`: a split that stops
    there makes no string of the words beyond (most tests ask "at most n words?")."""
    return len(text.split(None, most))


def strip_markup(line: str) -> str:
    """Drop HTML/markdown remnants; footnote-marker superscripts vanish, `30<sup>th</sup>` stays."""
    # each pattern needs a character most lines lack ("<" for the tags, "\\" for TeX's
    # spaces), looked for in C first; the subs only remove text, so none makes another apply
    if "<" in line:
        line = _MATH_SUP_RE.sub(r"\1", line)
        line = _SUP_RE.sub(_keep_ordinal_sup, line)
        line = _TAG_RE.sub("", line)
    if "\\" in line:
        line = _TEX_SPACE_RE.sub(" ", line)
    line = line.replace("**", "").replace("__", "")
    return html.unescape(line)


def split_sup_note(line: str) -> tuple[int, str] | None:
    """`<sup>3</sup> UN Security...` -> (3, "UN Security..."); None for other lines."""
    match = _SUP_NOTE_RE.match(line)
    if not match:
        return None
    # Tags first, entities second: `<sup>13 &</sup>quot;Mali` hides `&quot;` behind a tag.
    rest = _TEX_SPACE_RE.sub(" ", _TAG_RE.sub("", match.group(2)))
    return int(match.group(1)), repair_line(rest.lstrip(" $"))


def finish_paragraph(text: str) -> str:
    """Paragraph-level touches that need the whole text: a trailing note number, a lone quote."""
    if any(c.isdigit() for c in text[-2:]):  # `$` is the end, or just before a last "\n"
        text = _TRAILING_NOTE_RE.sub("", text)
    if text.count('"') == 1:  # an unmatched ASCII quote after punctuation is an OCR'd marker
        text = _LONE_QUOTE_RE.sub("", text)
    return text


# TERMINAL_RE's two sets of characters, which have none in common: the text ends a sentence
# if its last character but closing quotes and brackets is a full stop (`ends_sentence`
# looks at the end only; the pattern was tried at every position)
FULL_STOPS = frozenset(".!?:;…。！？：；؟؛।॥")
CLOSERS = "\"'’”)]»」』"


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip(CLOSERS)[-1:] in FULL_STOPS


def starts_lower(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0].islower()


def vocabulary(text: str) -> set[str]:
    """Lower-cased words of a document, hyphenated compounds kept whole; the hyphenation oracle.

    A word broken at a line end (`authori-`) only contributes its fragment, which matches nothing.
    """
    return {w.lower() for w in _WORD_RE.findall(text)}


class LazyVocabulary:
    """`vocabulary(text)`, found when first asked: only a word hyphenated at a line end asks
    (`keep_hyphen`), and most documents have none (finding it costs a tenth of reading one)."""

    def __init__(self, text: str):
        self.text, self.words = text, None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = vocabulary(self.text)
        return word in self.words


def join_pieces(left: str, right: str, vocab: Container[str]) -> str:
    """Glue two wrapped pieces of a paragraph: rejoin split words and wrapped URLs, else a space."""
    if not left or not right:
        return left + right
    if re.search(r"[A-Za-z]-$", left) and right[0].isalpha():
        return left + right if keep_hyphen(left, right, vocab) else left[:-1] + right
    last = left.rsplit(None, 1)[-1]
    # A URL or document symbol wrapped mid-token: `S/` + `RES/2100`, `http://www.` + `un.org/...`.
    if last.endswith("/") and right[0].isalnum():
        return left + right
    if _URLISH_RE.search(last) and last.endswith(".") and "/" in right.split(None, 1)[0]:
        return left + right
    return left + " " + right


def keep_hyphen(left: str, right: str, vocab: Container[str]) -> bool:
    """Is `left-` + `right` a real compound (keep `cross-cultural`) or a split word (`authorities`)?

    Evidence from the document first: the joined word elsewhere means join, the hyphenated form
    elsewhere means keep. Without evidence: keep before a capital (`al-Qaeda`), a digit, after a
    compound-forming prefix (`cross-`, `self-`) or before a common second part (`-based`,
    `-led`, `-cultural`); inside a URL keep it too (hyphens are common there); otherwise join,
    because a split word is far more frequent in hard-wrapped text than a compound at line end.
    """
    head = re.search(r"([A-Za-z]+)-$", left).group(1)
    tail = re.match(r"[^\W\d_]+", right).group(0)  # any letters: `auto-` + `Évaluation`
    if (head + tail).lower() in vocab:
        return False
    if f"{head}-{tail}".lower() in vocab:
        return True
    if tail[0].isupper() or tail.lower() in COMMON_SECONDS:
        return True
    if head.lower() in KEEP_PREFIXES and len(tail) >= 4:  # `cross-border`, not `short-ly`
        return True
    return bool(_URLISH_RE.search(left.rsplit(None, 1)[-1]))


def _keep_ordinal_sup(match: re.Match) -> str:
    content = match.group(1)
    return "" if re.fullmatch(r"[\s\d,;\\&*†‡]*", content) else content


def _drop_ocr_mark(match: re.Match) -> str:
    punct, quote, run = match.groups()
    if not _JUNK_CHARS_RE.search(run):
        return match.group(0)
    # `devices’.’>`: the quote was already closed before the period, so `’` is junk too.
    if quote and match.string[match.start() - 1] in "’”'":
        quote = ""
    return punct + quote
