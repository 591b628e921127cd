"""The fixture draft (tests/fixtures/drafts/: written from the bundled reports, with labels, by
someone who saw neither the code nor a development set), checked through the command line."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.cli import run

DRAFTS = Path(__file__).resolve().parent.parent / "fixtures" / "drafts"
DRAFT = DRAFTS / "draft.md"
LABELS = [json.loads(line) for line in (DRAFTS / "draft_labels.jsonl").open(encoding="utf-8")]


@dataclass(frozen=True)
class DraftRun:
    code: int
    stdout: str
    objects: list  # the JSON Lines, parsed (with --json)
    page: str  # the HTML report ("" without --html)
    report: Path | None


def check_draft(index: Path, *options, report: Path | None = None) -> DraftRun:
    args = ["check", "--document", DRAFT, *options, "--index", index, "-q"]
    result = run(*args, *(["--html", report] if report else []))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()] if "--json" in options \
        else []
    page = report.read_text(encoding="utf-8") if report else ""
    return DraftRun(result.exit_code, result.stdout, objects, page, report)
