"""Looking up what the index holds: the documents, and passages by citation."""
from __future__ import annotations

from ..errors import UsageError
from ..types import Passage, SourceSummary
from .model import Index


def list_documents(index: Index) -> list[SourceSummary]:
    return [SourceSummary(s["source"], s["title"], s["count"]) for s in index.sources]


def passages_of(index: Index, source: str) -> list[Passage]:
    """All passages of `source` in order; a name that is not a document of the corpus is refused."""
    if index.source_entry(source) is None:
        raise UsageError(f"unknown source {source!r} (see `qa sources`)")
    return index.by_source(source)


def passage_at(index: Index, source: str, paragraph: int) -> Passage:
    passages = passages_of(index, source)
    found = next((p for p in passages if p.paragraph == paragraph), None)
    if found is None:
        raise UsageError(f"{source} has paragraphs 1-{len(passages)}, not {paragraph}")
    return found
