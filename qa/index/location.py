"""Where the index of a corpus lives, and where it may not: `index/` beside the bundled
reports in a writable checkout, else a per-user cache folder keyed by the corpus's path, or
wherever `--index` says, provided that writing there cannot harm what the user has."""
from __future__ import annotations

import os
from pathlib import Path

from ..documents.files import CHECKOUT_ROOT
from ..errors import UsageError
from . import store
from .digest import sha256


def default_index_dir(corpus: Path) -> Path:
    """`index/` beside the bundled seeds in a writable checkout, else a per-user cache folder."""
    corpus = corpus.resolve()
    checkout_index = CHECKOUT_ROOT / "index"
    if corpus == (CHECKOUT_ROOT / "seeds").resolve() and writable(checkout_index):
        return checkout_index
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = sha256()
    key.update(os.fsencode(corpus))  # paths need not be UTF-8
    return cache / "qa" / f"{corpus.name or 'root'}-{key.hexdigest()[:16]}"


def check_location(index_dir: Path, corpus: Path) -> None:
    """Refuse an index location where writing would harm what the user has: `/`, the home
    folder, the corpus folder or a folder inside it, or a folder holding things qa did not
    make (an index folder is recognisably ours: `store.FOLDER_MARKER`)."""
    where, home = index_dir.resolve(), Path.home().resolve()
    root = corpus.resolve()
    if where == Path(where.anchor) or where == home:
        raise UsageError(f"will not keep an index in {index_dir}: give --index a folder of its own")
    if where == root or where.is_relative_to(root):
        raise UsageError(f"will not keep an index inside the corpus folder {corpus}: "
                         f"give --index a folder outside it")
    if where.exists() and not where.is_dir():
        raise UsageError(f"cannot keep an index at {index_dir}: it is not a folder")
    try:
        foreign = store.foreign_content(where)
    except OSError as exc:
        raise UsageError(f"cannot read the index folder {index_dir}: {exc.strerror}") from exc
    if foreign:
        raise UsageError(f"{index_dir} is not empty and is not an index of qa's (it holds "
                         f"{foreign[0]!r}): give --index an empty or new folder")


def writable(folder: Path) -> bool:
    target = folder if folder.exists() else folder.parent
    return os.access(target, os.W_OK)
