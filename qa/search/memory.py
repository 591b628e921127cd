"""Freed memory kept for the next question instead of handed back to the system.

A question on a big index allocates arrays of a few megabytes (the dense scores alone are 8
bytes a passage: 1.6 MB at 200k passages, 8 MB at 1M) and frees them. glibc's malloc hands
the free memory at the top of its heap back to the system once more of it is free than its
trim threshold, and serves blocks above its mmap threshold from fresh mappings, unmapped when
freed. Both thresholds start low (128 KB) and only rise as such blocks are freed, to the
size of the last one (the trim threshold to twice it). So in a process that does other work
between questions (rank-bm25's `get_scores` in `bench/scale.py`, which allocates and frees
arrays as long as the corpus; a server's other requests), each question is served fresh
pages, which the kernel zero-fills at their first touch: at 200k passages, 2,280 page faults
a question against 17 when questions follow each other, and the dense sums alone took 1.4 ms
instead of 0.15 ms (bench/README.md, round 24).

Setting the two thresholds to the highest values glibc's own adjustment reaches (32 MB and
twice that, on 64-bit systems) keeps those pages in the heap for the next allocation; blocks
bigger than 32 MB still get mappings of their own, returned when freed, so a process holds
at most 64 MB more than it uses. Done once per process, when a question is first asked of an
index big enough to be scored with numpy (a small index's questions allocate nothing this
big); elsewhere than glibc (musl, macOS, Windows) nothing is changed.
"""
from __future__ import annotations

import os

# glibc's <malloc.h>: mallopt's parameter numbers
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# DEFAULT_MMAP_THRESHOLD_MAX on 64-bit systems: the highest value glibc accepts and the
# highest its own adjustment reaches; the trim threshold as that adjustment sets it, twice it
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD

_kept: bool | None = None  # whether they are raised, once tried


def keep_freed_memory() -> bool:
    """Raise glibc's trim and mmap thresholds, once per process; whether they are raised."""
    global _kept
    if _kept is None:
        _kept = raise_thresholds()
    return _kept


def raise_thresholds() -> bool:
    """Set both thresholds (`keep_freed_memory`); False where the C library is not glibc."""
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):  # not glibc: no such thresholds
            return False
    except (AttributeError, ValueError, OSError):  # no confstr (Windows) or no such name
        return False
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
        mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
        # setting either stops glibc adjusting both: the mmap threshold first, then the trim
        return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
                    and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    except (OSError, AttributeError):
        return False
