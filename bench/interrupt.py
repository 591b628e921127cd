"""Ctrl-C during `qa index --rebuild`, many times, at random moments of the build.

What is measured: a folder of F files (default 40, enough for the build's worker processes)
of made-up prose is indexed once, timing the build; then each trial runs
`qa index --rebuild` as a subprocess and sends it SIGINT at a random moment between taking
the build lock and the end of a typical build, and records how it ended: the exit code, the
time from the signal to the exit, whether stderr ends with `Interrupted` and holds no
traceback, whether any worker process outlived it, whether the lock is free, and whether the
index still answers at once. Trials that finished before the signal, or as it arrived (exit 0
after the summary line of a finished build), are counted apart.

    python bench/interrupt.py [--trials 100] [--files 40] [--kb 30] [--seed 11] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)  # the qa subprocesses import cli from the checkout

from tests.helpers.cli import qa_process  # noqa: E402
from tests.helpers.interrupt import interrupt_build, random_delays  # noqa: E402
from tests.test_hardening import write_big_document  # noqa: E402


NEEDLE = "The quokka census at Tessalit counted 4242 quokkas in the dry season."


def make_corpus(folder: Path, files: int, kb: int) -> None:
    folder.mkdir(parents=True)
    for n in range(files):
        write_big_document(folder / f"report{n:03}.txt", megabytes=kb / 1000,
                           needle=NEEDLE if n == 0 else "")


def timed_build(where: list) -> float:
    started = time.monotonic()
    proc = qa_process("index", "--rebuild", "--quiet", *where)
    _, err = proc.communicate()
    if proc.returncode != 0:
        sys.exit(f"the build failed: {err.decode(errors='replace')}")
    return time.monotonic() - started


def answers_at_once(where: list) -> float | None:
    """Seconds `qa ask` took to answer from the index as it is, None if it rebuilt or failed."""
    started = time.monotonic()
    proc = qa_process("ask", "quokka census at Tessalit", "--json", *where)
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or b"building" in err:
        return None
    return time.monotonic() - started


def run(trials: int, files: int, kb: int, seed: int, work: Path) -> dict:
    corpus, index_dir = work / "docs", work / "index"
    make_corpus(corpus, files, kb)
    where = ["--corpus", str(corpus), "--index", str(index_dir)]
    build_s = statistics.median(timed_build(where) for _ in range(2))
    results, asks = [], []
    for delay in random_delays(trials, build_s, seed):
        trial = interrupt_build(["index", "--rebuild", *where], index_dir, delay)
        results.append(trial)
        asks.append(answers_at_once(where))
    interrupted = [t for t in results if not (t.finished_first or t.late)]
    exits = [t.seconds_to_exit for t in interrupted if t.code is not None]
    return {
        "files": files, "kb_per_file": kb, "build_s": build_s, "trials": trials,
        "interrupted": len(interrupted), "finished_first": sum(t.finished_first for t in results),
        "late": sum(t.late and not t.finished_first for t in results),
        "clean": sum(t.clean for t in interrupted),
        "with_workers": sum(t.workers > 0 for t in interrupted),
        "exit_codes": dict(Counter(str(t.code) for t in interrupted)),
        "hung": sum(t.code is None for t in interrupted),
        "tracebacks": sum("Traceback" in t.stderr for t in results),
        "leftover_processes": sum(len(t.leftover) for t in results),
        "lock_busy": sum(not t.lock_free for t in results),
        "ask_failed_or_rebuilt": sum(a is None for a in asks),
        "exit_s_median": statistics.median(exits) if exits else None,
        "exit_s_max": max(exits) if exits else None,
        "ask_s_median": statistics.median(a for a in asks if a is not None) if any(asks) else None,
        "unclean": [vars(t) for t in interrupted if not t.clean][:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--kb", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qa-interrupt-"))
    env_index = os.environ.pop("QA_INDEX", None)  # the trials name their own index
    try:
        figures = run(args.trials, args.files, args.kb, args.seed, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if env_index is not None:
            os.environ["QA_INDEX"] = env_index
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['files']} files of {figures['kb_per_file']} KB, full build "
          f"{figures['build_s']:.2f} s; {figures['trials']} trials, {figures['interrupted']} "
          f"interrupted ({figures['finished_first']} finished before the signal, "
          f"{figures['late']} as it arrived: exit 0 after the build's summary), "
          f"{figures['with_workers']} of them while worker processes ran")
    print(f"  clean {figures['clean']}/{figures['interrupted']}, exit codes "
          f"{figures['exit_codes']}, hung {figures['hung']}, tracebacks {figures['tracebacks']}, "
          f"leftover processes {figures['leftover_processes']}, lock busy {figures['lock_busy']}, "
          f"ask failed or rebuilt {figures['ask_failed_or_rebuilt']}")
    if figures["exit_s_median"] is not None:
        print(f"  signal to exit: median {figures['exit_s_median']:.3f} s, max "
              f"{figures['exit_s_max']:.3f} s; ask afterwards: median "
              f"{figures['ask_s_median'] or float('nan'):.2f} s")
    for trial in figures["unclean"]:
        print(f"  unclean: delay {trial['delay']:.2f} s, code {trial['code']}, stderr "
              f"{trial['stderr'][-300:]!r}, leftover {trial['leftover']}")


if __name__ == "__main__":
    main()
