"""Restricting results: to sources matching glob patterns (`--source 'reports/*.pdf'`), and to
passages that contain every phrase quoted in the question (`"road convoys"`)."""
from __future__ import annotations

import re
from fnmatch import fnmatchcase

from ..frozen import frozen
from ..text.analyze import fold_accents
from ..types import Passage

PHRASE_RE = re.compile(r'"([^"]+)"|“([^”]+)”')


def normalize(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter when matching a phrase."""
    return " ".join(re.findall(r"[^\W_]+", fold_accents(text)))


def source_matches(source: str, glob: str) -> bool:
    """Whether a source name matches a `--source` glob. Smart case, as in search tools: a
    glob without capitals ignores case (`*.pdf` matches `Report.PDF`), one with capitals
    does not."""
    if glob == glob.lower():
        return fnmatchcase(source.lower(), glob)
    return fnmatchcase(source, glob)


def unmatched_globs(sources: list[str], globs: tuple[str, ...]) -> list[str]:
    """The globs that match none of `sources`: a `--source` that can only find nothing."""
    return [g for g in globs if not any(source_matches(s, g) for s in sources)]


@frozen
class Filters:
    source_globs: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @classmethod
    def of(cls, question: str, source_globs=()) -> "Filters":
        phrases = (normalize(a or b) for a, b in PHRASE_RE.findall(question))
        return cls(tuple(source_globs), tuple(p for p in phrases if p))

    def restrict(self, index, scores) -> None:
        """Rule out passages from sources that match no glob (their score becomes -inf: a
        passage whose BM25 score is zero or below may still be a match)."""
        if not self.source_globs:
            return
        for entry in index.sources:
            if not any(source_matches(entry["source"], g) for g in self.source_globs):
                scores[entry["first"]:entry["first"] + entry["count"]] = float("-inf")

    def accepts(self, passage: Passage) -> bool:
        if not self.phrases:
            return True
        text = f" {normalize(passage.text)} "
        return all(f" {phrase} " in text for phrase in self.phrases)
