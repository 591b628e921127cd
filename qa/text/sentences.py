"""Sentence splitting for answer extraction and claim alignment (no punkt data needed)."""
from __future__ import annotations

import re

from .lexicon import words

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(words()["abbreviations"])
BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`."""
    spans, start = [], 0
    for match in BOUNDARY_RE.finditer(text):
        end = match.start() + len(match.group().rstrip())
        if ends_with_abbreviation(text[start:match.start()]):
            continue
        spans.append((start, end))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".!?").split()  # none at all in `...` or `?!`
    last = words[-1].lower() if words else ""
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())
