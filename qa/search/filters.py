"""Restricting results: to sources matching glob patterns (`--source 'reports/*.pdf'`), and to
passages that contain every phrase quoted in the question (`"road convoys"`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

import numpy as np

from ..text.analyze import fold_accents
from ..types import Passage

PHRASE_RE = re.compile(r'"([^"]+)"|“([^”]+)”')


def normalize(text: str) -> str:
    """Case, accents, punctuation and spacing do not matter when matching a phrase."""
    return " ".join(re.findall(r"[^\W_]+", fold_accents(text)))


@dataclass(frozen=True)
class Filters:
    source_globs: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @classmethod
    def of(cls, question: str, source_globs=()) -> "Filters":
        phrases = (normalize(a or b) for a, b in PHRASE_RE.findall(question))
        return cls(tuple(source_globs), tuple(p for p in phrases if p))

    def restrict(self, index, scores: np.ndarray) -> None:
        """Zero the scores of passages from sources that match no glob."""
        if not self.source_globs:
            return
        for entry in index.sources:
            if not any(fnmatchcase(entry["source"], g) for g in self.source_globs):
                scores[entry["first"]:entry["first"] + entry["count"]] = 0.0

    def accepts(self, passage: Passage) -> bool:
        if not self.phrases:
            return True
        text = f" {normalize(passage.text)} "
        return all(f" {phrase} " in text for phrase in self.phrases)
