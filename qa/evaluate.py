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


def load_gold(path: Path) -> list[tuple[int, dict | str]]:
    """(line number, the gold item or why the line cannot be used) for each non-blank line;
    a file that cannot be read, or has no usable line, is refused."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"cannot read gold file {path}: "
                         f"{getattr(exc, 'strerror', None) or exc}") from exc
    gold = [(number, parse_gold_line(line)) for number, line in enumerate(lines, 1)
            if line.strip()]
    if not any(isinstance(item, dict) for _, item in gold):
        raise UsageError(f"{path} has no line with a question, source and evidence "
                         f"(see `qa eval --help` and the README)")
    return gold


def parse_gold_line(line: str) -> dict | str:
    """The gold item of one line, or what is wrong with it."""
    try:
        item = json.loads(line)
    except ValueError as exc:
        return f"not JSON ({exc.msg})"
    if not isinstance(item, dict):
        return "not a JSON object"
    for key in ("question", "source", "evidence"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            return f"{key!r} must be a non-empty string"
    if not isinstance(item.get("answer", ""), (str, type(None))):
        return "'answer' must be a string"
    also = item.get("also") or []
    if not isinstance(also, list) or not all(
            isinstance(a, dict) and isinstance(a.get("source"), str)
            and isinstance(a.get("evidence"), str) for a in also):
        return "'also' must be a list of {\"source\", \"evidence\"} objects"
    return item


def evaluate(gold: list[tuple[int, dict | str]], answer: Callable[[str], AskResult],
             on_error: Callable[[int, str], None] = lambda _line, _why: None) -> EvalReport:
    """Score every usable gold line; a line that cannot be used or answered is reported
    through `on_error` (its line number, why) and left out of the scores."""
    totals = dict.fromkeys(METRICS, 0.0)
    words: list[int] = []
    misses: list[Miss] = []
    scored = 0
    for number, item in gold:
        if isinstance(item, str):
            on_error(number, item)
            continue
        try:
            result = answer(item["question"])
        except Exception as exc:  # noqa: BLE001 - one bad question must not end the run
            on_error(number, str(exc) if isinstance(exc, UsageError)
                     else f"internal error ({exc.__class__.__name__}: {exc})")
            continue
        scored += 1
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
    n = scored
    metrics = {k: round(v / max(n, 1), 3) for k, v in totals.items()}
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
