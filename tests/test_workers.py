"""The build's worker processes: results in order, errors raised in the parent, Ctrl-C left
to the parent, no copy of the build lock, and nothing left running once the build stops."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from qa.index import store
from qa.index.workers import Workers


def square_slowly(n: int) -> int:
    time.sleep(0.001 * (n % 3))  # uneven work, so workers finish out of step
    return n * n


def fail_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven is unlucky")
    return n


def gone(process, within: float = 2.0) -> bool:
    deadline = time.monotonic() + within
    while process.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.01)
    return process.exitcode is not None


def test_results_come_back_in_order():
    with Workers(3, square_slowly) as workers:
        results = list(workers.map(range(100), in_flight=8))
    assert results == [(n, n * n) for n in range(100)]
    assert all(gone(p) and p.exitcode == 0 for p in workers.processes)


def test_an_error_in_a_worker_is_raised_in_the_parent_and_every_worker_ends():
    with pytest.raises(ValueError, match="seven is unlucky"):
        with Workers(2, fail_on_seven) as workers:
            assert [n for n, _ in workers.map(range(20), in_flight=4)][:7] == list(range(7))
    assert all(gone(p) for p in workers.processes)


def test_stopping_early_kills_the_busy_workers_at_once():
    with pytest.raises(KeyboardInterrupt):
        with Workers(2, time.sleep) as workers:
            for _ in workers.map([0.0, 60.0, 60.0, 60.0], in_flight=4):
                interrupted = time.monotonic()
                raise KeyboardInterrupt  # Ctrl-C while both workers are busy
    assert time.monotonic() - interrupted < 5.0  # the workers were to sleep 60 s: killed, not awaited
    assert all(gone(p, within=0) for p in workers.processes)


def test_workers_leave_ctrl_c_to_the_parent():
    with Workers(2, square_slowly) as workers:
        for process in workers.processes:
            os.kill(process.pid, signal.SIGINT)
        time.sleep(0.2)
        assert all(p.exitcode is None for p in workers.processes)  # still there
        assert list(workers.map(range(10), in_flight=4))[-1] == (9, 81)


def test_workers_hold_no_copy_of_the_build_lock(tmp_path):
    lock = (tmp_path / ".lock").resolve()
    with store.build_lock(tmp_path):
        with Workers(2, square_slowly) as workers:
            list(workers.map(range(4), in_flight=2))  # they are up and working
            for process in workers.processes:
                fds = Path(f"/proc/{process.pid}/fd")
                held = [os.readlink(fd) for fd in fds.iterdir()] if fds.is_dir() else []
                assert str(lock) not in held
