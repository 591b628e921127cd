"""A warm query's cost, this checkout's `qa` against another's, over the same stored index.

`rank()` as `bench/scale.py` times it (the question parsed and expanded, BM25, feedback,
re-scoring), over `scale.py`'s queries, after one untimed query; then, over the same queries
again, a warm question as one line of `qa ask --batch --json` answers it (`ask` with 5
passages and its JSON line, as `scale.py` times it). In fresh processes that alternate
between this checkout and `--reference` (another checkout's folder, whose `qa` is imported
instead). Reports the p50 (and p95) of CPU time and of wall-clock time per round, then the
median over rounds. The index must be readable by both (same index format and word lists),
e.g. the one `python bench/scale.py 100000 --workdir DIR` leaves in DIR/index; it is read
whichever code built it (the fingerprint of the indexing code is not checked), so that a
change to the query-time parts of `qa.index` can be measured on one index.

    python bench/warm_query.py DIR/index --reference ../main [--queries 200] [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def measure(index_dir: str, count: int) -> dict:
    """In this process: p50 CPU and wall milliseconds of `rank` over `count` queries."""
    sys.path.insert(0, str(BENCH))
    import scale
    from qa.index import store
    from qa.search.query import Query
    from qa.search.rank import rank
    from qa.text.analyze import load_stopwords

    folder = Path(index_dir)
    builder = store.read_meta(folder).get("builder")
    store.code_fingerprint = lambda: builder  # read the index whichever code built it
    index = store.load(folder)
    stop = load_stopwords()
    words = [w for w in scale.seed_words()[20:3000] if w.isalpha() and w not in stop]
    queries = scale.make_queries({"common": words[:2000], "rare": []}, count, 5)
    rank(index, Query.parse(index, queries[0]), 10)
    figures = {"qa": str(Path(sys.modules["qa"].__file__).parent)}
    for name, step in (("rank", lambda q: rank(index, Query.parse(index, q), 10)),
                       ("ask", lambda q: scale.warm_question(index, q))):
        cpu, wall = [], []
        for question in queries:
            started_cpu, started = time.process_time(), time.perf_counter()
            step(question)
            cpu.append(time.process_time() - started_cpu)
            wall.append(time.perf_counter() - started)
        figures.update({f"{name}_cpu_ms": statistics.median(cpu) * 1000,
                        f"{name}_wall_ms": statistics.median(wall) * 1000,
                        f"{name}_cpu_p95_ms": percentile(cpu, 95) * 1000,
                        f"{name}_wall_p95_ms": percentile(wall, 95) * 1000})
    return figures


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile, interpolated as numpy's default does."""
    ordered = sorted(values)
    at = (len(ordered) - 1) * q / 100
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def run_child(index_dir: str, count: int, checkout: str | None) -> dict:
    env = dict(os.environ)
    if checkout:
        env["PYTHONPATH"] = str(Path(checkout).resolve())
    out = subprocess.run([sys.executable, __file__, index_dir, "--child", "--queries",
                          str(count)], env=env, capture_output=True, text=True, check=True,
                         cwd="/")
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--reference", help="another checkout whose qa is compared")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.index, args.queries)))
        return
    names = ["this"] + (["reference"] if args.reference else [])
    rows: dict[str, list[dict]] = {name: [] for name in names}
    for _ in range(args.rounds):
        for name in names:
            checkout = args.reference if name == "reference" else str(BENCH.parent)
            rows[name].append(run_child(args.index, args.queries, checkout))
    for step, label in (("rank", "rank()"), ("ask", "warm question")):
        print(f"{label}:")
        for name, runs in rows.items():
            cpu = [r[f"{step}_cpu_ms"] for r in runs]
            wall = [r[f"{step}_wall_ms"] for r in runs]
            print(f"  {name:9} ({runs[0]['qa']}): CPU p50 per round "
                  f"{', '.join(f'{c:.2f}' for c in cpu)} ms, median "
                  f"{statistics.median(cpu):.2f}; wall median {statistics.median(wall):.2f} ms;"
                  f" p95 median CPU {statistics.median(r[f'{step}_cpu_p95_ms'] for r in runs):.2f}"
                  f", wall {statistics.median(r[f'{step}_wall_p95_ms'] for r in runs):.2f} ms")
        if args.reference:
            ratio = (statistics.median(r[f"{step}_cpu_ms"] for r in rows["this"])
                     / statistics.median(r[f"{step}_cpu_ms"] for r in rows["reference"]))
            p95 = (statistics.median(r[f"{step}_cpu_p95_ms"] for r in rows["this"])
                   / statistics.median(r[f"{step}_cpu_p95_ms"] for r in rows["reference"]))
            print(f"  this / reference (CPU): p50 {ratio:.2f}, p95 {p95:.2f}")


if __name__ == "__main__":
    main()
