"""Ctrl-C at a chosen moment of a real `qa index`, and what it left behind: how it ended, how
fast, what it printed, whether its worker processes are gone and the lock is free. Used by
tests/test_interrupt.py (a dozen trials) and bench/interrupt.py (a hundred)."""
from __future__ import annotations

import fcntl
import os
import random
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers.cli import qa_process

WAIT_FOR_EXIT = 5.0  # seconds after the signal before a build counts as hung
LATE_WITHIN = 1.0  # an exit 0 this soon after the signal: the build was done already


@dataclass
class Trial:
    delay: float  # seconds from the moment the build held the lock to the signal
    finished_first: bool = False  # the build ended on its own before the signal
    code: int | None = None  # exit code; None: still running WAIT_FOR_EXIT s after the signal
    seconds_to_exit: float = 0.0
    stderr: str = ""
    workers: int = 0  # child processes the build had when it was signalled
    leftover: list[int] = field(default_factory=list)  # worker pids alive after the exit
    lock_free: bool = True

    @property
    def late(self) -> bool:
        """The signal came as the build ended: its summary printed, exit 0 a moment later (a
        lost signal shows as a build that goes on for seconds, then exits 0)."""
        return (self.code == 0 and "indexed " in self.stderr and "Traceback" not in self.stderr
                and self.seconds_to_exit < LATE_WITHIN)

    @property
    def clean(self) -> bool:
        """Ended as Ctrl-C must end a build: exit 130, `Interrupted` as the last line of
        stderr and no traceback, no process left, the lock free."""
        lines = self.stderr.splitlines()
        return (self.code == 130 and bool(lines) and lines[-1] == "Interrupted"
                and "Traceback" not in self.stderr and not self.leftover and self.lock_free)


def children_of(pid: int) -> dict[int, str]:
    """The live child processes of `pid` (Linux /proc), each with its start time, so that a
    recycled pid is not mistaken for a leftover worker."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = process_fields(int(entry.name))
            if fields and int(fields[1]) == pid:
                found[int(entry.name)] = fields[19]
    return found


def process_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name: state, ppid, ..., starttime."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2:].split()


def still_running(pid: int, started: str) -> bool:
    fields = process_fields(pid)
    return fields is not None and fields[19] == started and fields[0] != "Z"


def lock_is_free(index_dir: Path) -> bool:
    try:
        with open(index_dir / ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fh, fcntl.LOCK_UN)
    except BlockingIOError:
        return False
    return True


def wait_until_locked_by(proc, lock: Path, timeout: float = 60.0) -> bool:
    """Wait until `proc` holds the build lock (its pid is in the lock file); False if it
    ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if lock.read_text().strip() == str(proc.pid):
                return True
        except OSError:
            pass
        time.sleep(0.005)
    return False


def interrupt_build(args: list, index_dir: Path, delay: float) -> Trial:
    """Run `qa ARGS`, send it SIGINT `delay` s after it took the build lock, and report."""
    trial = Trial(delay)
    proc = qa_process(*args, preexec_fn=as_a_shell_starts_it)
    locked = wait_until_locked_by(proc, index_dir / ".lock")
    time.sleep(delay)
    children = children_of(proc.pid)
    trial.workers = len(children)
    if not locked or proc.poll() is not None:
        trial.finished_first = True
    else:
        os.kill(proc.pid, signal.SIGINT)
    sent = time.monotonic()
    try:
        _, err = proc.communicate(timeout=WAIT_FOR_EXIT)
        trial.code = proc.returncode
    except subprocess.TimeoutExpired:  # hung: see what it left, then clear it away
        trial.leftover = list(children_of(proc.pid))
        for pid in [proc.pid, *trial.leftover]:
            os.kill(pid, signal.SIGKILL)
        _, err = proc.communicate()
    trial.seconds_to_exit = time.monotonic() - sent
    trial.stderr = err.decode(errors="replace")
    trial.leftover += leftovers(children)
    trial.lock_free = lock_is_free(index_dir)
    return trial


def as_a_shell_starts_it() -> None:
    """In the child before exec: Ctrl-C at its default, whatever this process does with it
    (an in-process run of the command line ignores it once done, and exec keeps that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def leftovers(children: dict[int, str], grace: float = 1.0) -> list[int]:
    """Children still running `grace` s after their parent ended (a killed worker is gone at
    once; a zombie is reaped by init)."""
    deadline = time.monotonic() + grace
    while True:
        alive = [pid for pid, started in children.items() if still_running(pid, started)]
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.02)


def random_delays(trials: int, longest: float, seed: int = 11) -> list[float]:
    rng = random.Random(seed)
    return [rng.uniform(0.0, longest) for _ in range(trials)]
