"""A small corpus written for one test module: its documents in a temporary folder, opened
with its own index."""
from __future__ import annotations

from cli import open_corpus


def open_written(tmp_path_factory, name: str, docs: dict[str, str]):
    """The corpus of `docs` ({file name: text}), in folders named after `name`."""
    folder = tmp_path_factory.mktemp(name)
    for file_name, text in docs.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    return open_corpus(folder, tmp_path_factory.mktemp(f"{name}-index") / "index")


# three short articles on unrelated subjects, written beside a test's own encyclopedia-style
# articles so that the test's words are not in every document (BM25 would weigh them at
# nothing, as in a corpus of one subject)
FILLER_ARTICLES = {
    "Orchard_moth.txt": (
        "Orchard moth",
        "The orchard moth lays its eggs on apple leaves in early spring.",
        "Its caterpillars feed for about three weeks before they spin a cocoon.",
    ),
    "Tide_mill.txt": (
        "Tide mill",
        "A tide mill stores sea water in a pond at high tide and turns its wheel as the "
        "water drains.",
        "Several mills of this kind still worked on the western coast in 1900.",
    ),
    "Copper_roof.txt": (
        "Copper roof",
        "A copper roof turns green over decades as a patina forms on its surface.",
        "The town hall of Orvik was given such a roof in 1872.",
    ),
}


def open_articles(tmp_path_factory, name: str, articles: dict[str, tuple[str, ...]]):
    """The corpus of encyclopedia-style `articles` ({file name: (title, sentence, ...)}), each
    written as its title line and one paragraph per sentence, beside the filler articles (an
    article of the same file name replaces a filler)."""
    return open_written(tmp_path_factory, name, {
        file_name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for file_name, (title, *sentences) in {**FILLER_ARTICLES, **articles}.items()})
