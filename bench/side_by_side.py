"""A warm question's CPU time, this checkout's `qa` against another checkout's, in ONE process.

Both codes are loaded side by side (the other's `qa` copied to a temporary folder as the
package `qa_reference`: the query path imports relatively) and each opens the same index; the
questions of `bench/scale.py` are asked of both, question by question, the order of the two
swapped at each question, so that the two see the same machine load in the same second. Two
modes: in a block (the 200 questions), and "swept" (the first 50, each preceded by a 64 MB
pass and four arrays as long as 200k passages allocated and freed, roughly what rank-bm25's
`get_scores` does to the CPU caches between `scale.py`'s alternated questions). On a shared
machine, where fresh processes alternated (`warm_query.py`) move by 10-30% from run to run,
this tells a 5% change apart. Read-only: the index is read whichever code built it.

    python bench/side_by_side.py DIR --reference ../main [--rounds 3]

DIR is a `scale.py --workdir` (its `corpus/` stamp gives the questions, `index/` the index).
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from two_codes import copy_reference, open_index
from two_codes import questions as scale_questions


def load(package: str, workdir: Path):
    """The warm question (`ask` with 5 passages and its JSON line) of `package`'s code."""
    index = open_index(package, workdir)
    ask = importlib.import_module(package + ".search.ask").ask
    dumps = importlib.import_module(package + ".encode").dumps
    return lambda question: dumps(ask(index, question, 5))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--reference", required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = scale_questions(args.workdir)
    with tempfile.TemporaryDirectory() as folder:
        copy_reference(args.reference, Path(folder))
        codes = {"reference": load("qa_reference", args.workdir), "this": load("qa", args.workdir)}
        for question in questions:  # untimed: first meetings are not warm questions
            for code in codes.values():
                code(question)
        big = np.ones(8 * 2**20)

        def sweep() -> None:
            big.sum()
            for _ in range(4):
                scores = np.zeros(200_000)
                scores += 1.0
                del scores

        times = {mode: {name: [] for name in codes} for mode in ("block", "swept")}
        names = list(codes)
        for round_ in range(args.rounds):
            for mode, asked in (("block", questions), ("swept", questions[:50])):
                for n, question in enumerate(asked):
                    for name in names if (n + round_) % 2 == 0 else names[::-1]:
                        if mode == "swept":
                            sweep()
                        started = time.process_time()
                        codes[name](question)
                        times[mode][name].append(time.process_time() - started)
    for mode, found in times.items():
        this, reference = (statistics.median(found[n]) * 1000 for n in ("this", "reference"))
        print(f"{mode}: this {this:.3f} ms, reference {reference:.3f} ms (CPU medians of "
              f"{len(found['this'])}), this / reference {this / reference:.3f}")


if __name__ == "__main__":
    main()
