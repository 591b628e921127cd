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
DIGITS = frozenset("0123456789")
# A boundary is what follows a sentence's final mark: closing quotes or brackets, then space
# before a sentence's first character (the opener and character are groups 2 and 3); after
# `。！？` space is optional (group 4 then). Each match starts at the mark, one character
# before the boundary: a pattern that began by looking behind for the mark was tried at every
# position of the text, this one only at the marks (twice as fast; tests/test_sentences.py).
BOUNDARY_RE = re.compile(r"[.!?؟।]([\"”’)\]»]*\s+)(?=([\"“‘(\[«]?)(\w))"
                         r"|[。！？]([」』\"”’)\]]*\s*)(?=\S)")
# Its first alternative alone, for ASCII text (where the other's marks cannot occur): a
# pattern that starts with two classes is tried at every position, one class is looked for
# from one such character to the next (2.6x faster over prose); the same matches and groups.
ASCII_BOUNDARY_RE = re.compile(BOUNDARY_RE.pattern.split("|[。")[0])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`.

    The loop runs for every mark followed by space (six a paragraph of prose), so it does in
    line what `_starts_sentence`, `_last_word` and `ends_with_abbreviation` do, the last word
    found by `rsplit` in C rather than a character at a time (tests/test_sentences.py checks
    the spans against those functions as first written)."""
    spans, start = [], 0
    pattern = ASCII_BOUNDARY_RE if text.isascii() else BOUNDARY_RE
    for match in pattern.finditer(text):
        at = match.start() + 1  # where the boundary starts, after the mark
        opener, first = match.group(2, 3)
        if first is not None:  # after `.`, `!`, `?`: only before a sentence's start
            if first in DIGITS or "A" <= first <= "Z":
                if opener == "«":
                    continue
            elif not (first > "\u036f" and first.isalpha() and not first.islower()):
                continue
            # the last word before the marks (`_last_word`): marks, then space, stepped over
            stop = at
            while stop > start and text[stop - 1] in ".!?":
                stop -= 1
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            # at most LONGEST_WORD characters of it: its end, after the last space before
            words = text[max(start, stop - LONGEST_WORD):stop].rsplit(None, 1)
            # one word, no space in it: `ends_with_abbreviation`'s split is a no-op
            last = words[-1].rstrip(".!?").lower() if words else ""
            if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
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
