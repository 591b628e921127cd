"""Looking up what the index holds: the documents, and passages by citation."""
from __future__ import annotations

from .errors import UsageError
from .index import Index
from .passage import Passage


def list_documents(index: Index) -> list[dict]:
    counts: dict[str, int] = {}
    for passage in index.passages:
        counts[passage.source] = counts.get(passage.source, 0) + 1
    return [{"source": s, "title": index.titles.get(s, ""), "passages": counts.get(s, 0)}
            for s in sorted(index.titles)]


def passages_of(index: Index, source: str) -> list[Passage]:
    """All passages of `source` in order; a name that is not a document of the corpus is refused."""
    if source not in index.titles:
        raise UsageError(f"unknown source {source!r} (see `qa sources`)")
    return index.by_source(source)


def passage_at(index: Index, source: str, paragraph: int) -> Passage:
    passages = passages_of(index, source)
    found = next((p for p in passages if p.paragraph == paragraph), None)
    if found is None:
        raise UsageError(f"{source} has paragraphs 1-{len(passages)}, not {paragraph}")
    return found
