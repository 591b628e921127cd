"""Where `rank()`'s time goes, stage by stage: `bench/scale.py`'s 200 questions, each met for the
first time in this process (pass 0, what `scale.py`'s `rank() p50/p95` measures), then again.

A CPU timer (and a count of minor page faults) around each stage: the question parsed, the
dense sums, the capped expansions, the pool's top-k, feedback, re-scoring, and within them the
parts named below. Stages nest (re-scoring holds the passage reads, feedback `weights_in`), so
the rows do not add up to the total. Per stage: the p50 and the mean over all questions, and
the mean over the middle ones (p35-p65 of the total: what the p50 question spends).

    python bench/rank_stages.py DIR [--passes 2]

DIR is a `scale.py --workdir` (its `corpus/` stamp gives the questions, `index/` the index).
The timers add a few microseconds a call: compare stages, not totals with `scale.py`.
"""
from __future__ import annotations

import argparse
import functools
import resource
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from two_codes import open_index
from two_codes import questions as scale_questions

# (module, attribute path, label): each wrapped where `rank` and its helpers look it up
STAGES = [
    ("qa.search.rank", "synonym_groups", "synonym groups"),
    ("qa.search.rank", "capped_expansions_near_best", "capped expansions"),
    ("qa.search.rank", "top_k_above", "pool's top-k"),
    ("qa.search.rank", "reaching", "  reaching (in the two above)"),
    ("qa.search.rank", "feedback", "feedback"),
    ("qa.search.feedback", "relevance_model", "  relevance model"),
    ("qa.search.feedback", "term_masses", "    term masses"),
    ("qa.index.model", "Index.weights_in", "  weights_in"),
    ("qa.index.scores", "QueryScores.dense", "dense sums"),
    ("qa.search.rank", "rescore", "re-scoring"),
    ("qa.search.rank", "holding", "  holding"),
    ("qa.search.rank", "TermMatcher.__init__", "  TermMatcher"),
    ("qa.search.rank", "TermMatcher.prefetch", "  prefetch"),
    ("qa.search.rank", "bonus_parts", "  bonus_parts"),
    ("qa.index.tables", "PassageTable.__getitem__", "    passage reads"),
    ("qa.index.tables", "PassageCodec.decompress", "      decompress"),
    ("qa.search.rank", "TermMatcher.heading_coverage", "    heading"),
    ("qa.search.rank", "TermMatcher.hits", "    hits"),
    ("qa.search.rank", "proximity", "    proximity"),
    ("qa.search.rank", "best_answer_sentence", "    answer sentence"),
]


def faults() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def fault_label(label: str) -> str:
    return "faults: " + label.strip().split(" (")[0]


def wrap(found: dict, module, path: str, label: str) -> None:
    """Replace `module.path` (a function or a method) by a timed call of it."""
    *owners, name = path.split(".")
    owner = module
    for part in owners:
        owner = getattr(owner, part)
    function = getattr(owner, name)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        started, faulted = time.process_time(), faults()
        try:
            return function(*args, **kwargs)
        finally:
            found[label] += time.process_time() - started
            found[fault_label(label)] += faults() - faulted

    setattr(owner, name, timed)


def main() -> None:
    import importlib

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    index = open_index("qa", args.workdir)
    from qa.search.query import Query
    from qa.search.rank import rank

    found: dict[str, float] = defaultdict(float)
    for module, path, label in STAGES:
        wrap(found, importlib.import_module(module), path, label)
    questions = scale_questions(args.workdir)

    def ask(question: str) -> None:
        started, faulted = time.process_time(), faults()
        query = Query.parse(index, question)
        found["parsing"] += time.process_time() - started
        found["faults: parsing"] += faults() - faulted
        rank(index, query, 10)

    ask(questions[0])  # untimed, as in scale.py: first-call costs
    for number in range(args.passes):
        rows = []
        for question in questions:
            found.clear()
            started, faulted = time.process_time(), faults()
            ask(question)
            rows.append({**found, "total": time.process_time() - started,
                         "faults: total": faults() - faulted})
        totals = np.array([row["total"] for row in rows])
        low, high = np.percentile(totals, 35), np.percentile(totals, 65)
        middle = [row for row in rows if low <= row["total"] <= high]
        print(f"pass {number}: rank() with parsing, CPU p50 {np.percentile(totals, 50) * 1e3:.2f}"
              f" p95 {np.percentile(totals, 95) * 1e3:.2f} mean {totals.mean() * 1e3:.2f} ms;"
              f" middle: {len(middle)} questions")
        print(f"  {'stage':34s} {'p50':>8s} {'mean':>8s} {'middle':>8s} {'called':>6s}")
        labels = ["total", "parsing"] + [label for _, _, label in STAGES]
        for label in labels + [fault_label(label) for label in labels]:
            unit = 1 if label.startswith("faults") else 1e3
            values = np.array([row.get(label, 0.0) for row in rows]) * unit
            mid = np.array([row.get(label, 0.0) for row in middle]) * unit
            called = sum(label in row for row in rows)
            print(f"  {label:34s} {np.percentile(values, 50):8.3f} {values.mean():8.3f} "
                  f"{mid.mean():8.3f} {called:6d}")


if __name__ == "__main__":
    main()
