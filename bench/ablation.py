"""What each ranking ingredient adds, on the bundled reports and on Cranfield, alone and removed.

For every ingredient of `qa.search.settings.Settings`: the ranking with all ingredients but
that one ("removed"), and plain BM25 with that one only ("alone"), beside the full ranking
and plain BM25 (every ingredient off). Then BM25's k1 and b (weights recomputed in memory from
each passage's term counts; the full ranking on top). In process, with the definitions of
`../shared/eval/score.py`: R@1, R@5, MRR@10 and answer@1 on the question sets of the bundled
reports, nDCG@10, R@10 and MRR@10 at document level (first passage of each source among 30)
on Cranfield. Prints a markdown table (and JSON with --json).

    python bench/ablation.py [--eval DIR] [--only NAME,...] [--no-params] [--quick] [--json]

DIR defaults to the first shared/eval above the checkout (dev_questions.jsonl, cranfield/). The reports' sets are the
development questions and bench/gold's paraphrased and fresh sets (never the held-out set).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qa  # noqa: E402
from qa.evaluate import evaluate, load_gold  # noqa: E402
from qa.index.bm25 import BM25Params  # noqa: E402
from qa.index.build import IndexWriter  # noqa: E402
from qa.search.ask import ask  # noqa: E402
from qa.search.settings import Settings, active, using  # noqa: E402

REPORT_SETS = (("dev", "{eval}/dev_questions.jsonl"),
               ("para", str(ROOT / "bench/gold/paraphrased_questions.jsonl")),
               ("fresh", str(ROOT / "bench/gold/fresh_questions.jsonl")))
PARAMS = ((1.2, 0.75), (0.9, 0.4), (2.0, 0.75), (1.5, 0.5), (1.5, 0.9))


def reweighted(index, params: BM25Params):
    """The index with BM25 weights for other k1 and b: its forward rows (each passage's
    term counts, `Index.term_counts`) turned into postings again with those parameters."""
    import numpy as np

    rows = [index.term_counts(p) for p in range(len(index.passages))]
    terms = np.concatenate([ids for ids, _ in rows]).astype(np.int64)
    tfs = np.concatenate([counts for _, counts in rows]).astype(np.int64)
    offsets = np.cumsum([0] + [len(ids) for ids, _ in rows]).astype(np.int64)
    stand_in = type("Writer", (), {"params": params, "weighted": IndexWriter.weighted})()
    parts = IndexWriter.postings(stand_in, terms, tfs, offsets, len(index.terms))
    fields = ("offsets", "docs", "codes", "factors", "doc_runs", "doc_run_highs",
              "doc_run_offsets", "idf", "term_max")
    return replace(index.in_numpy(), params=params, **{name: parts[name] for name in fields})


def score_reports(index, sets) -> dict[str, float]:
    out = {}
    for name, gold in sets:
        report = evaluate(gold, lambda q: ask(index, q, k=10))
        for metric in ("R@1", "R@5", "MRR@10", "answer@1"):
            out[f"{name} {metric}"] = report.metrics[metric]
    return out


def score_documents(index, queries) -> dict[str, float]:
    """score.py docs: the first passage of each source among 30, graded nDCG@10, R@10, MRR@10."""
    total = {"nDCG@10": 0.0, "R@10": 0.0, "MRR@10": 0.0}
    for item in queries:
        relevant = {os.path.basename(f): int(g) for f, g in item["relevant"].items()}
        docs: list[str] = []
        for hit in ask(index, item["query"], k=30).results:
            if hit.passage.source not in docs:
                docs.append(hit.passage.source)
        docs = docs[:10]
        dcg = sum((2 ** relevant.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(docs))
        ideal = sorted(relevant.values(), reverse=True)[:10]
        idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        total["nDCG@10"] += dcg / idcg if idcg else 0.0
        total["R@10"] += sum(d in relevant for d in docs) / len(relevant)
        first = next((i for i, d in enumerate(docs) if d in relevant), None)
        total["MRR@10"] += 0.0 if first is None else 1 / (first + 1)
    return {f"cran {k}": round(v / len(queries), 3) for k, v in total.items()}


def measure(settings: Settings, reports, cranfield, sets, queries) -> dict[str, float]:
    with using(settings):
        return score_reports(reports, sets) | score_documents(cranfield, queries)


def configurations(only: list[str] | None):
    full, plain = active(), Settings().switched("-all")  # QA_RANKING may change the full one
    yield "full ranking", full
    yield "plain BM25 (all off)", plain
    for name in only or Settings.names():
        yield f"- {name}", full.switched(f"-{name}")
        yield f"+ {name} alone", plain.switched(f"+{name}")


def table(rows: list[tuple[str, dict]]) -> str:
    columns = list(rows[0][1])
    lines = ["| ingredient | " + " | ".join(columns) + " |",
             "| --- |" + " --- |" * len(columns)]
    lines += [f"| {name} | " + " | ".join(f"{row[c]:.3f}" for c in columns) + " |"
              for name, row in rows]
    return "\n".join(lines)


def default_eval_dir() -> Path:
    """../shared/eval beside the checkout (or beside the folder of worktrees)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared" / "eval"
    return ROOT.parent / "shared" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(default_eval_dir()))
    parser.add_argument("--only", help="comma-separated ingredients (default: all)")
    parser.add_argument("--no-params", action="store_true", help="skip the k1/b rows")
    parser.add_argument("--quick", action="store_true",
                        help="the full ranking only (no ablations, no k1/b rows)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sets = [(name, load_gold(Path(path.format(eval=args.eval)))) for name, path in REPORT_SETS]
    cran_dir = Path(args.eval) / "cranfield"
    queries = [json.loads(line) for line in
               (cran_dir / "dev_queries.jsonl").read_text(encoding="utf-8").splitlines() if line]
    reports = qa.open()._index
    cranfield = qa.open(cran_dir / "corpus")._index
    rows = []
    started = time.perf_counter()
    only = args.only.split(",") if args.only else None
    chosen = list(configurations(only))[:1 if args.quick else None]
    for name, settings in chosen:
        rows.append((name, measure(settings, reports, cranfield, sets, queries)))
        print(f"{name}: {rows[-1][1]}", file=sys.stderr)
    if not (args.no_params or args.quick):
        for k1, b in PARAMS:
            params = BM25Params(k1=k1, b=b)
            rows.append((f"k1={k1} b={b}", measure(active(), reweighted(reports, params),
                                                   reweighted(cranfield, params), sets, queries)))
            print(f"{rows[-1][0]}: {rows[-1][1]}", file=sys.stderr)
    print(json.dumps(rows) if args.json else table(rows))
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
