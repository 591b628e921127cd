"""Scoring `qa ask` on a gold file, with the definitions of ../shared/eval/score.py.

A gold line is `{"id", "question", "source", "evidence", "answer", "also": [{source, evidence}]}`.
A returned passage is relevant when its source matches and its text contains a gold evidence
span, compared on letters and digits only.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Callable

from .errors import UsageError
from .types import AskResult, EvalReport, Miss

ANSWER_MAX_WORDS = 60
DEPTH = 10
METRICS = ("R@1", "R@5", "R@10", "MRR@10", "nDCG@10", "answer@1")


def letters_and_digits(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def load_gold(path: Path) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        gold = [json.loads(line) for line in lines if line.strip()]
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from exc
    if not gold or not all(isinstance(g, dict) and {"question", "source", "evidence"} <= set(g)
                           for g in gold):
        raise UsageError(f"{path} has no lines with question, source and evidence")
    return gold


def evaluate(gold: list[dict], answer: Callable[[str], AskResult]) -> EvalReport:
    totals = dict.fromkeys(METRICS, 0.0)
    words: list[int] = []
    misses: list[Miss] = []
    for item in gold:
        result = answer(item["question"])
        passages = [h.passage for h in result.results[:DEPTH]]
        relevant = [is_relevant(item, p.source, p.text) for p in passages]
        words += [len(p.text.split()) for p in passages]
        add_scores(totals, item, relevant, result)
        first = relevant.index(True) if True in relevant else None
        if first != 0:
            top = result.results[0].passage if result.results else None
            misses.append(Miss(str(item.get("id", "")), item["question"],
                               None if first is None else first + 1,
                               f"{item['source']}: {item['evidence'][:90]}",
                               f"{top.citation}: {top.text[:90]}" if top else "nothing"))
    n = len(gold)
    metrics = {k: round(v / n, 3) for k, v in totals.items()}
    median = sorted(words)[len(words) // 2] if words else 0
    return EvalReport(n, metrics, median, tuple(misses))


def is_relevant(item: dict, source: str, text: str) -> bool:
    spans = [(item["source"], item["evidence"])]
    spans += [(a["source"], a["evidence"]) for a in item.get("also") or []]
    passage = letters_and_digits(text)
    return any(s == source and letters_and_digits(e) in passage for s, e in spans)


def add_scores(totals: dict, item: dict, relevant: list[bool], result: AskResult) -> None:
    first = relevant.index(True) if True in relevant else None
    if first is not None:
        totals["R@1"] += first < 1
        totals["R@5"] += first < 5
        totals["R@10"] += 1
        totals["MRR@10"] += 1 / (first + 1)
    n_spans = 1 + len(item.get("also") or [])
    dcg = sum(1 / math.log2(i + 2) for i, ok in enumerate(relevant) if ok)
    totals["nDCG@10"] += dcg / sum(1 / math.log2(i + 2) for i in range(min(n_spans, DEPTH)))
    answer = result.answer.text if result.answer else ""
    short = bool(answer) and len(answer.split()) <= ANSWER_MAX_WORDS
    gold_answer = letters_and_digits(item.get("answer"))
    totals["answer@1"] += bool(short and gold_answer and gold_answer in letters_and_digits(answer))
