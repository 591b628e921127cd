"""A question, built once into everything the search needs from it: its text (checked), its
search words and their terms, their expansion, the type of answer it asks for, and its
filters (sources, quoted phrases). `rank`, `answer` and `--explain` take it as it is."""
from __future__ import annotations

import re

from ..errors import UsageError
from ..frozen import frozen
from ..index.model import Index
from ..inputs import decode_argument
from ..text.analyze import remove_invisible
from ..text.answer_types import AskedFor
from ..text.spoken import written_figures
from .expand import QueryTerm, expand
from .filters import Filters
from .settings import active

MAX_QUESTION_CHARS = 10_000
# Words that frame a question rather than name what it is about: "how many" asks for a
# number, "how long" for a duration; as search terms they only match noise ("many", "long").
QUESTION_FRAME_RE = re.compile(r"\bhow (?:many|much|long|often|far)\b", re.I)


def without_frame(question: str) -> str:
    return QUESTION_FRAME_RE.sub(" ", question) if active().frames else question


def normalize_question(text: str) -> str:
    """The question as searched: undecodable bytes replaced, invisible characters removed,
    whitespace collapsed, at most MAX_QUESTION_CHARS; an empty one is refused."""
    question = " ".join(remove_invisible(decode_argument(text)).split())
    if not question:
        raise UsageError("the question is empty")
    return question[:MAX_QUESTION_CHARS]


@frozen
class Query:
    text: str
    words: tuple[tuple[str, str], ...]  # (word as typed, its term) of each search word
    terms: tuple[QueryTerm, ...]  # the search terms: typed first, then their expansion
    asked: AskedFor  # the type of answer sought, and the words the question names
    filters: Filters  # sources to search and phrases every passage must hold

    @classmethod
    def parse(cls, index: Index, text: str, source_globs: tuple[str, ...] = ()) -> "Query":
        text = normalize_question(text)
        # figures said in words searched as written: "thirteen thousand" finds "13,000"
        words = tuple(index.analyzer.word_terms(written_figures(without_frame(text))))
        return cls(text, words, tuple(expand(index, text, list(words))), AskedFor.by(text),
                   Filters.of(text, source_globs))

    @property
    def typed_terms(self) -> tuple[str, ...]:
        """The terms of the words typed, in order, once each."""
        return tuple(dict.fromkeys(q.term for q in self.terms if not q.via))
