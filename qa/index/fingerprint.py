"""The fingerprint of everything that decides what an index holds: the code of the packages
that read, analyze and store documents (`qa.text`, `qa.documents`, `qa.index`) and the data
files they read (`qa/data/`). An index built by other code is stale and is rebuilt; so are
the remembered stems of query words. Data only questions use (the WordNet table) lives in
`qa/search/` and is left out, so that a change to it keeps every index."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
SHAPING = ("text", "documents", "index", "data")


@lru_cache(maxsize=1)  # the code does not change while a process runs
def code_fingerprint() -> str:
    digest = hashlib.sha256()
    for folder in SHAPING:
        for path in sorted((PACKAGE / folder).rglob("*")):
            if path.is_file() and path.suffix != ".pyc":
                digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
