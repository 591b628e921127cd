"""Ctrl-C and the build lock, with the real command: an interrupted build ends within a
moment with `Interrupted` and exit 130, leaves no process and no lock behind and the previous
index answering; a lock whose holder is gone is broken; a waiter says whom it waits for and
gives up after QA_LOCK_TIMEOUT seconds (exit 2).

bench/interrupt.py runs the interruption a hundred times.
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from qa.interrupts import own_ctrl_c
from tests.helpers.cli import assert_no_crash, qa_process, run
from tests.helpers.interrupt import interrupt_build, random_delays
from tests.test_hardening import write_big_document

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

NEEDLE = "The quokka census at Tessalit counted 4242 quokkas in the dry season."
QUOKKAS = "How many quokkas did the census at Tessalit count?"
TRIALS = 10


def make_corpus(folder: Path, files: int = 36, kb: float = 10) -> Path:
    """Enough files for the worker processes, big enough for a build of a few seconds."""
    folder.mkdir()
    for n in range(files):
        write_big_document(folder / f"report{n:02}.txt", megabytes=kb / 1000,
                           needle=NEEDLE if n == 0 else "")
    return folder


def answers_from_the_index(corpus: Path, index_dir: Path) -> None:
    result = run("ask", QUOKKAS, "--json", "--corpus", corpus, "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert "building" not in result.stderr, result.stderr  # no rebuild, no wait
    assert json.loads(result.stdout)["results"][0]["text"] == NEEDLE


def test_ctrl_c_ends_a_build_at_once_and_cleanly(tmp_path):
    corpus, index_dir = make_corpus(tmp_path / "docs"), tmp_path / "idx"
    where = ["--corpus", corpus, "--index", index_dir]
    started = time.monotonic()
    built = qa_process("index", *where)
    assert built.wait(timeout=120) == 0
    build_s = time.monotonic() - started
    # "At once": within 2 s on an idle machine; on a loaded one, where every step is slower
    # alike, within half of what the whole build takes, so still long before a build that
    # ignored the Ctrl-C would end (delays reach 0.8 of the build).
    exit_limit_s = max(2.0, 0.5 * build_s)
    trials = [interrupt_build(["index", "--rebuild", *where], index_dir, delay)
              for delay in random_delays(TRIALS, 0.8 * build_s)]
    for trial in trials:
        answers_from_the_index(corpus, index_dir)
        if not (trial.finished_first or trial.late):
            assert trial.clean, vars(trial)
            assert trial.seconds_to_exit < exit_limit_s, vars(trial)
    interrupted = [t for t in trials if not (t.finished_first or t.late)]
    assert len(interrupted) >= TRIALS // 2, [vars(t) for t in trials]
    assert any(t.workers for t in interrupted)  # some struck while worker processes ran


def hold_lock(index_dir: Path, pid: int):
    """Take the build lock of `index_dir` as another process would, naming `pid` in it."""
    fh = open(index_dir / ".lock", "a+")
    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fh.truncate(0)
    fh.write(f"{pid}\n")
    fh.flush()
    return fh


def test_a_lock_whose_holder_is_gone_is_broken(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "idx"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    # the holder died, but a process it forked still has the lock file open and locked
    with hold_lock(index_dir, gone.pid):
        monkeypatch.setenv("QA_LOCK_TIMEOUT", "30")
        started = time.monotonic()
        result = run("index", "--rebuild", "--json", "--corpus", corpus, "--index", index_dir)
        assert_no_crash(result, codes=(0,))
        assert json.loads(result.stdout)["rebuilt"] and time.monotonic() - started < 10


def indexed_then_changed(corpus: Path, index_dir: Path) -> Path:
    """An index of `corpus` that the next command must refresh, under the build lock."""
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    (corpus / "zebra.txt").write_text("Zebras\n\nZebras grazed near the camp.\n")
    return index_dir


@pytest.mark.parametrize("command", [["index"], ["ask", QUOKKAS]])
def test_a_waiter_says_whom_it_waits_for_and_gives_up(corpus, tmp_path, command):
    index_dir = indexed_then_changed(corpus, tmp_path / "idx")
    env = dict(os.environ, QA_LOCK_TIMEOUT="1.5")
    with hold_lock(index_dir, os.getpid()):
        started = time.monotonic()
        proc = qa_process(*command, "--corpus", corpus, "--index", index_dir, env=env)
        _, err = proc.communicate(timeout=60)
        waited = time.monotonic() - started
    stderr = err.decode()
    assert proc.returncode == 2 and "Traceback" not in stderr, stderr
    assert f"waiting for another qa process (pid {os.getpid()}) to finish building the index" \
        in stderr
    assert re.fullmatch(r"Error: gave up after \d+ s waiting for another qa process .*",
                        stderr.splitlines()[-1]), stderr
    assert 1.5 <= waited < 15


def test_a_waiter_goes_on_when_the_build_it_waits_for_ends(corpus, tmp_path, monkeypatch):
    index_dir = indexed_then_changed(corpus, tmp_path / "idx")
    lock = hold_lock(index_dir, os.getpid())
    threading.Timer(1.5, lock.close).start()  # the other build ends: its lock goes with it
    monkeypatch.setenv("QA_LOCK_TIMEOUT", "30")
    result = run("index", "--json", "--corpus", corpus, "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert "waiting for another qa process" in result.stderr
    assert json.loads(result.stdout)["documents"] == 4


class Finalized:
    """An object whose finalizer raises, as when Ctrl-C strikes while it runs."""

    def __init__(self, error: type[BaseException]):
        self.error = error

    def __del__(self):
        raise self.error


def test_an_interrupt_lost_in_a_finalizer_is_raised_again(capfd):
    own_ctrl_c()
    with pytest.raises(KeyboardInterrupt):
        Finalized(KeyboardInterrupt)  # dropped at once: Python can only report the error
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:  # the work goes on, and is interrupted
            pass
    assert time.monotonic() < deadline
    assert "Exception ignored" not in capfd.readouterr().err


def test_other_errors_in_finalizers_are_reported_as_before(monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)
    own_ctrl_c()
    Finalized(ValueError)
    assert [r.exc_type for r in reported] == [ValueError]
