"""Each word of a text with its terms and their synonym groups, read once a text.

Several readers ask, for claim word after claim word, which words of a sentence share a
synonym group with it (`opposition`'s occurrences, `straddled`, `clauses`' crossed places);
a sentence meets claim after claim, so the expansion is made once and remembered on its parse.
Its own module, below those readers: `clauses` asking `opposition` for it made an import cycle.
"""
from __future__ import annotations

from .facts import Parsed, remembered
from .vocabulary import Vocabulary


def word_groups(text: Parsed, vocab: Vocabulary) -> list[tuple[int, set[str], set[int]]]:
    """Each word with terms, by its place, with its terms and their synonym groups: the
    text's alone, remembered on its parse (`occurrences` asks it for claim word after claim
    word, and a sentence meets claim after claim)."""
    return remembered(text, ("word groups", vocab), find_word_groups, text, vocab)


def find_word_groups(text: Parsed, vocab: Vocabulary) -> list[tuple[int, set[str], set[int]]]:
    return [
        (k, set(other.terms), vocab.expand(set(other.terms)))
        for k, other in enumerate(text.tokens) if other.terms]
