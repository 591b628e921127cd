"""Whether the files of a corpus are still the ones an index was built from, cheaply.

The index records, for every file it read, its size and sha256 and its stat: modification
time, inode change time (ctime) and inode number. A file whose size and stat are as recorded
is taken as unchanged without reading it: an edit that keeps the size and puts the old mtime
back (`cp -p`, `rsync -a`, `touch -r`, a restore from backup) still moves the ctime, which no
user can set back, and a file replaced by a rename has another inode. When any of them
differs the file is hashed: a new sha256 means it changed, the same sha256 means only its
stat did (a `touch`, a fresh clone), and the new stat is recorded so that it is not hashed
again.

A file changed within RACY_NS before it was recorded is recorded without its stat: a second
change in the same clock tick could leave mtime and ctime as they were, so its content is
checked the next time instead (git's "racily clean" entries).
"""
from __future__ import annotations

import time

from ..documents.files import SourceFile
from .digest import sha256
from .fingerprint import built_by_this_code

STAT_KEYS = ("mtime_ns", "ctime_ns", "inode")
RACY_NS = 2_000_000_000  # FAT keeps times to 2 s; ext4 and others to a clock tick


def record(source: SourceFile, sha256: str) -> dict:
    """What the index keeps of a file whose content hashed to `sha256`."""
    entry = {"bytes": source.size, "sha256": sha256}
    if time.time_ns() - max(source.mtime_ns, source.ctime_ns) >= RACY_NS:
        entry.update(zip(STAT_KEYS, stat_of(source)))
    return entry


def stat_of(source: SourceFile) -> tuple[int, int, int]:
    return source.mtime_ns, source.ctime_ns, source.inode


def same_stat(recorded: dict, source: SourceFile) -> bool:
    return tuple(recorded.get(key) for key in STAT_KEYS) == stat_of(source)


def same_content(recorded: dict, source: SourceFile) -> bool:
    try:
        return sha256_of(source.path.read_bytes()) == recorded.get("sha256")
    except OSError:
        return False


def sha256_of(data: bytes) -> str:
    """As `documents.load.sha256_of`, without loading OpenSSL for a small file (`digest`)."""
    hashed = sha256(len(data))
    hashed.update(data)
    return hashed.hexdigest()


def source_unchanged(recorded: dict, source: SourceFile) -> bool:
    """Whether `source` still has the content `recorded` describes: the same size, and the
    same stat or else the same sha256."""
    if not isinstance(recorded, dict) or recorded.get("bytes") != source.size:
        return False
    return same_stat(recorded, source) or same_content(recorded, source)


def restat(meta: dict | None, sources: list[SourceFile]) -> dict[str, dict] | None:
    """None when the index `meta` describes is stale: built by other code, from other files,
    or one of them changed. Otherwise the records to update: files whose stat changed while
    their content did not (empty when nothing changed at all)."""
    if not meta or not built_by_this_code(meta):
        return None
    recorded = meta.get("sources")
    if not isinstance(recorded, dict) or set(recorded) != {s.name for s in sources}:
        return None
    updates = {}
    for source in sources:
        entry = recorded[source.name]
        if not source_unchanged(entry, source):
            return None
        if not same_stat(entry, source):
            renewed = record(source, entry.get("sha256"))
            if renewed != entry:  # a file still too recent keeps being hashed: no update
                updates[source.name] = renewed
    return updates
