"""Time per claim of `qa check --batch` in this tree and in a reference checkout, same run.

Each round runs, in both trees and in turn (interleaved, so that a change of load hits both
alike), a batch of every claim of CLAIMS and a batch of its first claim alone, each in a fresh
process; the time per claim is (all - one) / (claims - 1), so start-up and the index load are
left out. Each tree gets its own index, built before timing, of the same corpus (the bundled
reports by default). Prints medians over the rounds, and this tree's over the reference's, in
wall time and in the CPU time (user + system) of the `qa` process: on a machine shared with
other jobs, wall time waits for the cores and CPU time is the steadier of the two.

    python bench/check_speed.py [--reference /work/main] [-n ROUNDS] [--claims FILE.jsonl]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "bench" / "gold" / "heldout_claims.jsonl"
QA = [sys.executable, "-c", "from cli import app; app(prog_name='qa')"]  # the cwd's qa


def child_cpu() -> float:
    """CPU time (user + system) of the waited-for child processes so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(tree: Path, argv: list[str]) -> tuple[float, float]:
    """Wall time and CPU time of one `qa` run in `tree`."""
    started, cpu = time.perf_counter(), child_cpu()
    done = subprocess.run([*QA, *argv], capture_output=True, cwd=tree)
    if done.returncode not in (0, 1):
        sys.exit(f"qa {' '.join(argv)} in {tree} failed: {done.stderr.decode()[-300:]}")
    return time.perf_counter() - started, child_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", type=Path, default=Path("/work/main"))
    parser.add_argument("-n", type=int, default=5, help="rounds (median)")
    parser.add_argument("--claims", type=Path, default=CLAIMS, help="JSON Lines with 'claim'")
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    options = parser.parse_args()
    claims = [json.loads(line)["claim"] for line in options.claims.open(encoding="utf-8")
              if line.strip()]
    trees = {"this tree": ROOT, "reference": options.reference.resolve()}
    # per tree, per round: (wall, cpu) per claim
    per_claim: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as folder:
        every, first = Path(folder) / "all.txt", Path(folder) / "one.txt"
        every.write_text("\n".join(claims) + "\n", encoding="utf-8")
        first.write_text(claims[0] + "\n", encoding="utf-8")
        args = {name: ["--corpus", str(options.corpus), "--index", str(Path(folder) / str(n))]
                for n, name in enumerate(trees)}
        for name, tree in trees.items():  # build each index before timing
            run(tree, ["check", "--batch", str(first), "--json", *args[name]])
        print(f"{len(claims)} claims from {options.claims.name}; {os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f}")
        for _ in range(options.n):
            for name, tree in trees.items():
                whole = run(tree, ["check", "--batch", str(every), "--json", *args[name]])
                alone = run(tree, ["check", "--batch", str(first), "--json", *args[name]])
                per_claim[name].append(tuple((w - a) / (len(claims) - 1)
                                             for w, a in zip(whole, alone)))
    print(f"load {os.getloadavg()[0]:.1f} at the end")
    for measure, at in (("wall", 0), ("CPU", 1)):
        medians = {}
        for name, rounds in per_claim.items():
            times = [r[at] for r in rounds]
            medians[name] = statistics.median(times)
            print(f"{name} ({trees[name]}), {measure}: {1000 * medians[name]:.1f} ms per claim; "
                  f"rounds {', '.join(f'{1000 * t:.0f}' for t in times)}")
        print(f"this tree / reference, {measure}: "
              f"{medians['this tree'] / medians['reference']:.2f}")


if __name__ == "__main__":
    main()
