"""Acronyms mined from the corpus itself: "Temporary Operating Bases (TOBs)" teaches that a
question saying TOB means those words, and the reverse. Nothing is taken from outside the
documents being searched, so a user's own folder gets its own acronyms."""
from __future__ import annotations

import re
from typing import Iterable

from .lexicon import words

# "(TOBs)", "(MDSF)", "(T/PCCs)", "(UNSC)": an upper-case token in parentheses.
DEFINITION_RE = re.compile(r"\(\s*([A-Z][A-Za-z/&]{1,11})\s*\)")
WORD_RE = re.compile(r"[^\W\d_]+")
# Small words a long form may skip or use ("Protection of Civilians" -> POC, "MDSF").
MINOR_WORDS = frozenset(words()["acronym_minor_words"])
MAX_LONG_WORDS = 10


def acronym_letters(token: str) -> str:
    """'TOBs' -> 'tob', 'T/PCCs' -> 'tpcc': the letters the long form's initials must spell."""
    letters = re.sub(r"[/&]", "", token)
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]
    return letters.lower() if letters.isupper() else ""


def match_long_form(words: list[str], letters: str) -> list[str] | None:
    """The shortest run of words ending at the end of `words` whose initials spell `letters`."""
    def search(end: int, remaining: str) -> int | None:
        if not remaining:
            return end
        if end == 0 or len(words) - end >= MAX_LONG_WORDS:
            return None
        word = words[end - 1].lower()
        if word[0] == remaining[-1]:
            found = search(end - 1, remaining[:-1])
            if found is not None:
                return found
        return search(end - 1, remaining) if word in MINOR_WORDS else None

    start = search(len(words), letters)
    if start is None or words[start].lower() in MINOR_WORDS:
        return None
    return words[start:]


def mine_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """{acronym letters: long form} for every acronym defined in parentheses after its words."""
    found: dict[str, str] = {}
    for text in texts:
        for match in DEFINITION_RE.finditer(text):
            letters = acronym_letters(match.group(1))
            if len(letters) < 2:
                continue
            before = WORD_RE.findall(text[max(0, match.start() - 200):match.start()])
            long_form = match_long_form(before, letters)
            if long_form:
                found.setdefault(letters, " ".join(long_form))
    return found
