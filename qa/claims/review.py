"""Checking a whole draft: each checkable sentence through the claim checker's own entry
point (`qa.claims.check.check`), so that the draft gets every verdict a single claim would, and
the sentences that are not checked with the reason (`qa.claims.checkable`).

Sentence after sentence of a draft retrieves the same passages again: the checker's parses are
remembered by the engine itself (`qa.claims.facts.parse`, a bounded cache), so they are shared
between sentences without any set-up here.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Optional

from ..errors import QAError
from ..index.model import Index
from ..types import (CheckedSentence, CheckResult, DraftReport, DraftSummary, SkippedSentence,
                     SkipReason, Verdict)
from . import check as engine
from .checkable import skip_reason
from .draft import Draft

Progress = Callable[[int, int], None]  # (sentences checked, sentences to check)


def check_draft(index: Index, draft: Draft, source_globs: tuple[str, ...] = (),
                progress: Optional[Progress] = None) -> DraftReport:
    """Every sentence of `draft`, in order: checked against the sources, or skipped (why)."""
    results = []
    reasons = [skip_reason(s.sentence, draft.blocks[b], index) for s, b in draft.sentences]
    total, done = reasons.count(None), 0
    if progress:
        progress(0, total)
    for (sentence, _), reason in zip(draft.sentences, reasons):
        if reason is not None:
            results.append(SkippedSentence(sentence, reason))
            continue
        results.append(CheckedSentence(sentence, check_sentence(index, sentence.sentence,
                                                                source_globs)))
        done += 1
        if progress:
            progress(done, total)
    return DraftReport(draft.name, tuple(results), summarize(draft.name, results), draft.text,
                       draft.blocks)


def check_sentence(index: Index, sentence: str, source_globs: tuple[str, ...]) -> CheckResult:
    """The sentence's verdict; one that cannot be checked gets an error, as a batch line does."""
    try:
        return engine.check(index, sentence, source_globs)
    except QAError as exc:
        return CheckResult(sentence, Verdict.NOT_FOUND, 0.0, (), error=str(exc))


def summarize(name: str, sentences: list) -> DraftSummary:
    verdicts = Counter(s.result.verdict for s in sentences if isinstance(s, CheckedSentence))
    skipped = Counter(s.skipped for s in sentences if isinstance(s, SkippedSentence))
    return DraftSummary(name, len(sentences), sum(verdicts.values()),
                        {v.value: verdicts[v] for v in Verdict}, sum(skipped.values()),
                        {r.value: skipped[r] for r in SkipReason})
