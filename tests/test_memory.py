"""Freed memory kept for the next question (`qa.search.memory`): after the thresholds are
raised, arrays freed by other work between questions are reused without page faults."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.search import memory

ROOT = Path(__file__).resolve().parent.parent

# Other work frees arrays as long as a corpus (as rank-bm25's `get_scores` does), then a
# question allocates and fills its own: the page faults of the question's arrays are counted.
PATTERN = """
import resource, sys
import numpy as np
from qa.search.memory import keep_freed_memory
if sys.argv[1] == "keep":
    assert keep_freed_memory()
faults = 0
for _ in range(20):
    other = [np.ones(200_000) for _ in range(8)]  # 1.6 MB each
    del other
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    question = np.zeros(400_000)  # 3.2 MB: 782 pages of 4 KB
    question[::512] += 1.0
    faults += resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    del question
print(faults)
"""


def faults(mode: str) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PATTERN, mode], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def is_glibc() -> bool:
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (AttributeError, ValueError, OSError):
        return False


@pytest.mark.skipif(not is_glibc(), reason="the thresholds are glibc's")
def test_freed_arrays_are_reused_without_page_faults():
    kept = faults("keep")
    assert kept < 20 * 782 // 10  # under a tenth of the pages touched
    # the same pattern without the thresholds raised is served fresh pages
    assert faults("default") > 10 * kept + 20 * 782 // 2


def test_raised_once_per_process():
    first = memory.keep_freed_memory()
    assert memory.keep_freed_memory() is first
    assert first == is_glibc()
