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
