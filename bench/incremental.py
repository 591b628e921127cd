"""Incremental refresh against a full build, on the same folder in the same run.

What is measured: a folder of F text files (default 400; each a copy of a bundled report with
its paragraphs shuffled and numbered, so every file is distinct) is indexed in full with
`qa index --rebuild`; then one file is edited and `qa index` refreshes the index, reading and
analyzing only that file; then another edit, and `qa ask` notices it and refreshes the index
the same way before answering. All are whole `qa` processes; each round runs the three in
turn, and the medians and their ratios to the full build are printed beside the target (a
refresh at most a quarter of a full build).

    python bench/incremental.py [--files 400] [--rounds 5] [--workdir DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QA = [sys.executable, str(ROOT / "cli.py")]
TARGET = 0.25


def make_folder(folder: Path, files: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        paragraphs = seeds[n % len(seeds)].read_text(encoding="utf-8").split("\n\n")
        rng.shuffle(paragraphs)
        text = f"Report {n}\n\n" + "\n\n".join(paragraphs) + f"\n\nFile number {n}.\n"
        (folder / f"report_{n:04}.txt").write_text(text, encoding="utf-8")


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(QA + args, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"qa {' '.join(args)} failed:\n{done.stderr}")
    return elapsed


def edit_one(folder: Path, round_: int) -> None:
    target = folder / "report_0000.txt"
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(f"\nAn edit made in round {round_} mentions zebras.\n")


def measure(folder: Path, index: Path, rounds: int) -> dict:
    where = ["--corpus", str(folder), "--index", str(index), "--quiet"]
    full, by_index, by_ask = [], [], []
    for round_ in range(rounds):
        full.append(timed(["index", "--rebuild", *where]))
        edit_one(folder, 2 * round_)
        by_index.append(timed(["index", *where]))
        edit_one(folder, 2 * round_ + 1)
        by_ask.append(timed(["ask", "zebras", "--json", *where]))
    full_s = statistics.median(full)
    return {"files": len(list(folder.glob("*.txt"))), "rounds": rounds, "full_build_s": full_s,
            "index_refresh_s": statistics.median(by_index),
            "ask_refresh_s": statistics.median(by_ask),
            "index_ratio": statistics.median(by_index) / full_s,
            "ask_ratio": statistics.median(by_ask) / full_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="qa-incremental-"))
    try:
        make_folder(work / "docs", args.files)
        figures = measure(work / "docs", work / "index", args.rounds)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['files']} files, medians of {figures['rounds']} rounds: full build "
          f"(qa index --rebuild) {figures['full_build_s']:.2f} s; after one file changed:")
    for command, key in (("qa index", "index"), ("qa ask", "ask")):
        ratio = figures[f"{key}_ratio"]
        print(f"  {command:8} {figures[f'{key}_refresh_s']:.2f} s, ratio {ratio:.3f} "
              f"(target <= {TARGET}) {'ok' if ratio <= TARGET else 'OVER'}")


if __name__ == "__main__":
    main()
