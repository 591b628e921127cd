"""`rank()` as `bench/scale.py` times it (each question met for the first time in the process,
then asked again), this checkout's code against another's, in ONE process.

Each code opens the index itself (its own caches: computed postings, passages read, memos), and
the questions of `bench/scale.py` are ranked by both, question by question, the order of the two
swapped at each question: both meet each question for the first time in the same second, on the
same machine load. CPU time (`time.process_time`), p50 and p95 over the 200 questions, per pass;
pass 0 is the first meeting `scale.py`'s `rank() p50/p95` measures. The rankings (ids, scores,
re-scoring bonuses) of the two codes are compared too: they must not differ.

    python bench/rank_side_by_side.py DIR --reference ../main [--passes 3]

DIR is a `scale.py --workdir` (its `corpus/` stamp gives the questions, `index/` the index).
"""
from __future__ import annotations

import argparse
import importlib
import tempfile
import time
from pathlib import Path

import numpy as np

from two_codes import copy_reference, open_index
from two_codes import questions as scale_questions


def load(package: str, workdir: Path):
    """`rank(index, Query.parse(index, question), 10)` of `package`'s code, as comparable
    tuples."""
    index = open_index(package, workdir)
    query = importlib.import_module(package + ".search.query").Query
    rank = importlib.import_module(package + ".search.rank").rank
    return lambda question: [(r.passage_id, r.score, tuple(r.bonus.items()))
                             for r in rank(index, query.parse(index, question), 10)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--reference", required=True, help="the other checkout")
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    questions = scale_questions(args.workdir)
    with tempfile.TemporaryDirectory() as folder:
        copy_reference(args.reference, Path(folder))
        codes = {"reference": load("qa_reference", args.workdir),
                 "this": load("qa", args.workdir)}
        names = list(codes)
        for code in codes.values():  # untimed, as in scale.py: first-call costs
            code(questions[0])
        times = [{name: [] for name in names} for _ in range(args.passes)]
        differing = 0
        for number, found in enumerate(times):
            for n, question in enumerate(questions):
                ranked = {}
                for name in names if (n + number) % 2 == 0 else names[::-1]:
                    started = time.process_time()
                    ranked[name] = codes[name](question)
                    found[name].append(time.process_time() - started)
                differing += ranked["this"] != ranked["reference"]
    for number, found in enumerate(times):
        this, reference = (np.asarray(found[name]) * 1000 for name in ("this", "reference"))
        p = {name: (np.percentile(v, 50), np.percentile(v, 95), v.mean())
             for name, v in (("this", this), ("reference", reference))}
        print(f"pass {number}: this p50 {p['this'][0]:.2f} p95 {p['this'][1]:.2f} mean "
              f"{p['this'][2]:.2f} ms; reference p50 {p['reference'][0]:.2f} p95 "
              f"{p['reference'][1]:.2f} mean {p['reference'][2]:.2f} ms; this / reference "
              f"p50 {p['this'][0] / p['reference'][0]:.3f} p95 "
              f"{p['this'][1] / p['reference'][1]:.3f} mean "
              f"{p['this'][2] / p['reference'][2]:.3f}")
    print(f"rankings differing: {differing} of {len(questions) * args.passes}")


if __name__ == "__main__":
    main()
