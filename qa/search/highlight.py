"""Where the question's words stand in a passage, for the renderer to highlight: every word of
the corpus that has the stem of a word typed ("peacekeepers" for "peacekeeper")."""
from __future__ import annotations

from ..terminal import printable
from ..text.analyze import Analyzer, fold_accents, split_words, token_re
from ..types import AskResult


def highlight_spans(result: AskResult, analyzer: Analyzer) -> list[list[tuple[int, int]]]:
    """For each hit, the spans of its passage text (as `printable` shows it) to highlight."""
    words = {word for term in result.terms for word in analyzer.words_for(term)}
    return [spans_of(hit.passage.text, words) for hit in result.results]


def spans_of(text: str, words: set[str]) -> list[tuple[int, int]]:
    if not words:
        return []
    folded = fold_accents(printable(text))
    return [match.span() for match in token_re(folded).finditer(folded)
            if not words.isdisjoint(split_words(match.group()))]
