"""How often CPython's cyclic garbage collector runs while a batch is answered.

A batch fills the memories of parses, word terms and table lookups with hundreds of thousands
of objects that live until it ends, beside the index and the modules loaded before it. The
collector walks the young objects every 700 allocations and, every hundred of those walks, every
object there is: in a batch of 96 claims 338 young walks, 30 middle and 3 full ones took about
0.5 s of CPU, a tenth of the process (bench/README, round 31). Nearly all of a batch's garbage is
freed by reference counting (cycles are rare), so during a batch what exists before it is left
out of the walks (`gc.freeze`) and the young objects are walked a hundred times less often:
0.15 s in all. What each answer leaves behind is left out too (`settle`, after each line): a
young walk then finds nearly every object alive (the memories) and moves it on, CPU spent for
nothing (~2.5% of a batch of 96 claims, bench/README, round 37). The batch's few cycles wait
for the walks after it: ~33,000 objects whether the batch has 96 claims or 706.

When the interpreter ends it collects every generation once more, after the atexit functions:
after a batch that walk meets every object the memories hold (~900,000 blocks after 96
claims), ~0.45 s of CPU for garbage the process's end frees anyway (`spare_the_last_walk`).
"""
from __future__ import annotations

import atexit
import gc
from contextlib import contextmanager
from functools import cache
from typing import Callable, Iterator

YOUNG = 100_000  # allocations between two walks of the young objects (CPython's default: 700)


@contextmanager
def fewer_collections() -> Iterator[Callable[[], None]]:
    """Inside the block, the objects made before it are never walked and the young ones every
    YOUNG allocations; the block is given `settle`, which leaves out of the walks what exists
    when it is called (after each answer). After the block, both as before."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(YOUNG, before[0]), *before[1:])
    try:
        yield settle
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


def settle() -> None:
    """What exists now is never walked until the block ends (`gc.freeze`: it moves the
    collector's lists whole, whatever their length)."""
    gc.freeze()


@cache  # registered once however often it is asked (a test runner starts many commands)
def spare_the_last_walk() -> None:
    """When the interpreter ends, what exists then is left out of its last collections: the
    process's end gives the memory back whole. Reference counting still frees what it can as
    the modules are cleared; a cycle is left as it is, as a process's end leaves any memory."""
    atexit.register(gc.freeze)
