"""Sentence splitting for answer extraction and claim alignment (no punkt data needed).

A sentence ends at `.`, `!` or `?` (or the Arabic `؟` and Devanagari `।`) followed by space
and a capital or a digit; in scripts without case (Arabic, Hebrew, Devanagari...), or with
capitals of their own (Cyrillic, Greek), the next sentence's first letter counts as a capital
unless it is lower case. The full-width `。！？` of Chinese and Japanese end a sentence with
or without space after them.
"""
from __future__ import annotations

import re

from .lexicon import words

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(words()["abbreviations"])
LONGEST_WORD = 64  # longer than any abbreviation, or a single letter
# A boundary is what follows a sentence's final mark: closing quotes or brackets, then space
# before a sentence's first character (the opener and character are groups 2 and 3); after
# `。！？` space is optional (group 4 then). Each match starts at the mark, one character
# before the boundary: a pattern that began by looking behind for the mark was tried at every
# position of the text, this one only at the marks (twice as fast; tests/test_sentences.py).
BOUNDARY_RE = re.compile(r"[.!?؟।]([\"”’)\]»]*\s+)(?=([\"“‘(\[«]?)(\w))"
                         r"|[。！？]([」』\"”’)\]]*\s*)(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`."""
    spans, start = [], 0
    for match in BOUNDARY_RE.finditer(text):
        at = match.start() + 1  # where the boundary starts, after the mark
        if match.group(3) is not None:  # after `.`, `!`, `?`: only before a sentence's start
            if not _starts_sentence(match.group(2), match.group(3)):
                continue
            if ends_with_abbreviation(_last_word(text, start, at)):
                continue
        end = at + len(text[at:match.end()].rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _starts_sentence(opener: str, first: str) -> bool:
    """A capital or digit of ASCII (as always for English), or a letter of a script beyond
    Latin that is not lower case (Cyrillic and Greek capitals, any letter of a caseless
    script); `«` opens a quoted sentence only in those scripts."""
    if first in "0123456789" or "A" <= first <= "Z":
        return opener != "«"
    return first > "\u036f" and first.isalpha() and not first.islower()


def _last_word(text: str, start: int, end: int) -> str:
    """What `ends_with_abbreviation(text[start:end])` looks at, found from `end` backwards:
    the last word, its final `.!?` gone. A word longer than LONGEST_WORD is cut short (it is
    no abbreviation either way); the text before it is never copied, so that a paragraph of
    many `x. ` (none a sentence end) is read in linear time."""
    stop = end
    while stop > start and text[stop - 1] in ".!?":
        stop -= 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > start and not text[begin - 1].isspace() and stop - begin < LONGEST_WORD:
        begin -= 1
    return text[begin:stop]


def ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".!?").split()  # none at all in `...` or `?!`
    last = words[-1].lower() if words else ""
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())
