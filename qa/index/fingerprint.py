"""The fingerprint of everything that decides what an index holds: the code of the packages
that read, analyze and store documents (`qa.text`, `qa.documents`, `qa.index`) and the data
files they read (`qa/data/`). An index built by other code is stale and is rebuilt; so are
the remembered stems of query words. Data only questions use (the WordNet table) lives in
`qa/search/` and is left out, so that a change to it keeps every index.

An index records the fingerprint and, beside it, the names and stats of the files hashed
(`code_stats`), joined to the fingerprint they vouch for. A process whose files still have
those stats is the code that built the index without hashing them again, as a corpus file
with its recorded stat is taken as unchanged (`qa.index.freshness`, whose reasons hold here):
hashing the ~420 KB of code and data, and loading OpenSSL to do it, was 6-9 ms of CPU of every
cold `qa ask` (~100 ms in all).
"""
from __future__ import annotations

import os
import time
from functools import lru_cache
from pathlib import Path

from .digest import sha256

PACKAGE = Path(__file__).resolve().parent.parent
SHAPING = ("text", "documents", "index", "data")
# A file changed this recently may change again within the same clock tick, keeping its stat:
# its stat is no proof of its content (as `freshness.RACY_NS`).
RACY_NS = 2_000_000_000


def shaping_files(package: Path) -> list[tuple[str, os.stat_result]]:
    """Every file of the shaping folders but bytecode, by its name relative to `package`
    ("index/store.py"), with its stat, sorted by name."""
    found: list[tuple[str, os.stat_result]] = []

    def walk(folder: str) -> None:
        with os.scandir(package / folder) as entries:
            for entry in entries:
                name = f"{folder}/{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    walk(name)
                elif entry.is_file() and not entry.name.endswith(".pyc"):
                    found.append((name, entry.stat()))

    for folder in SHAPING:
        walk(folder)
    return sorted(found)


def stats_line(files: list[tuple[str, os.stat_result]], now: int | None = None) -> str | None:
    """The names, sizes, modification and inode change times and inodes of `files`, as one
    string; None if one of them changed within RACY_NS of `now` (the time, by default)."""
    now = time.time_ns() if now is None else now
    if any(now - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS for _, st in files):
        return None
    return ";".join(f"{name}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}"
                    for name, st in files)


@lru_cache(maxsize=1)  # the code does not change while a process runs
def code_identity() -> tuple[str, str | None]:
    """(the fingerprint, what an index records beside it: `vouched`). Each file is stat'ed
    before it is read, so that a file changed meanwhile has other stats than those recorded."""
    files = shaping_files(PACKAGE)
    digest = sha256(sum(st.st_size for _, st in files))
    for name, _ in files:
        digest.update(name.encode() + b"\0")
        digest.update((PACKAGE / name).read_bytes())
    fingerprint = digest.hexdigest()[:16]
    return fingerprint, vouched(fingerprint, stats_line(files))


def vouched(fingerprint: str, stats: str | None) -> str | None:
    """The stats of the code files joined to the fingerprint they vouch for: a record whose
    fingerprint was altered apart from them vouches for nothing."""
    return None if stats is None else f"{fingerprint}@{stats}"


def code_fingerprint() -> str:
    return code_identity()[0]


@lru_cache(maxsize=1)
def code_stats() -> str | None:
    """The stats of the shaping files now (None while one is too recent to go by)."""
    return stats_line(shaping_files(PACKAGE))


def built_by_this_code(meta: dict) -> bool:
    """Whether an index whose meta.json is `meta` was built by this code: its code files
    have the stats recorded with the fingerprint, or else hash to it."""
    builder, recorded = meta.get("builder"), meta.get("builder_stats")
    if not isinstance(builder, str):
        return False
    if isinstance(recorded, str) and recorded == vouched(builder, code_stats()):
        return True
    return builder == code_fingerprint()


def renewed_stats(meta: dict) -> str | None:
    """For an index this code built (`built_by_this_code(meta)` is true), the record of the
    code files' stats to keep when the recorded one no longer fits: the files were touched,
    not changed (a reinstall, a checkout back and forth), and were hashed again. None when the
    record fits, or the new stats cannot be trusted yet."""
    builder = meta.get("builder")
    if meta.get("builder_stats") == vouched(builder, code_stats()):
        return None
    fingerprint, stats = code_identity()  # hashed by `built_by_this_code` already
    return stats if fingerprint == builder else None


def clear_caches() -> None:
    """Forget the fingerprint and stats (for tests that change the code files)."""
    code_identity.cache_clear()
    code_stats.cache_clear()
