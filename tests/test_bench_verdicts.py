"""bench/verdicts.py is how every claim change is judged: a claim whose line raised must be
counted as FAILED, not pass for an abstention (`qa check --batch` turns a bug on one line into
that line's `not_found` with an error, so the batch goes on)."""
import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "verdicts.py"


@pytest.fixture(scope="module")
def verdicts():
    spec = importlib.util.spec_from_file_location("verdicts", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_set(folder: Path, *rows: dict) -> Path:
    folder.mkdir()
    (folder / "harbour.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return folder


ABSTAINED = {"id": "h1", "claim": "The ferry sank.", "label": "supported",
             "verdict": "not_found", "confidence": 0.0}
SUPPORTED = dict(ABSTAINED, verdict="supported", confidence=0.9)
CRASHED = dict(ABSTAINED, error="internal error (KeyError: 'x')")


def test_summary_counts_failed_lines_and_only_them(verdicts, tmp_path, capsys):
    verdicts.summary([write_set(tmp_path / "before", ABSTAINED),
                      write_set(tmp_path / "after", CRASHED)])
    before, after = capsys.readouterr().out.splitlines()
    assert "FAILED" not in before
    assert after.endswith("FAILED 1")


def test_diff_reports_failed_lines_even_when_no_verdict_changed(verdicts, tmp_path, capsys):
    verdicts.diff(write_set(tmp_path / "before", ABSTAINED),
                  write_set(tmp_path / "after", CRASHED))
    assert capsys.readouterr().out.splitlines()[-1].startswith(
        "GAIN 0  LOSS 0  wrong->wrong 0  FAILED 1")


def test_a_line_refused_by_design_is_no_failure(verdicts, tmp_path, capsys):
    refused = dict(ABSTAINED, error="a claim states something, this is a question")
    verdicts.summary([write_set(tmp_path / "after", refused)])
    assert "FAILED" not in capsys.readouterr().out


def test_diff_without_failures_prints_the_plain_counts(verdicts, tmp_path, capsys):
    verdicts.diff(write_set(tmp_path / "before", ABSTAINED),
                  write_set(tmp_path / "after", SUPPORTED))
    assert capsys.readouterr().out.splitlines()[-1] == "GAIN 1  LOSS 0  wrong->wrong 0"


def test_each_real_world_set_keeps_its_own_rows(verdicts):
    """Every set checked against the CLIMATE-FEVER corpus once wrote `cf_dev.jsonl`, so a
    second such set overwrote the dev claims' rows of a run."""
    folder = Path("bench/gold/climate-fever")
    names = {verdicts.set_name(path) for path in (
        Path("shared/eval/climate-fever/dev_claims.jsonl"), folder / "heldout_claims_1.jsonl",
        folder / "fresh_claims_64.jsonl", Path("bench/gold/heldout_claims_9.jsonl"))}
    assert names == {"cf_dev", "cf_heldout_claims_1", "cf_fresh_claims_64", "heldout_claims_9"}
    defaults = [verdicts.set_name(path) for path in verdicts.default_sets()]
    assert len(defaults) == len(set(defaults))


def test_totals_pool_the_unread_sets_apart_from_the_read_ones(verdicts, tmp_path, capsys,
                                                                monkeypatch):
    monkeypatch.setattr(verdicts, "unread_sets", lambda: {"heldout_claims_2"})
    run = tmp_path / "run"
    run.mkdir()
    for name, rows in (("heldout_claims_1", [SUPPORTED, ABSTAINED]),
                       ("heldout_claims_2", [SUPPORTED]), ("cf_dev", [ABSTAINED])):
        (run / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                           encoding="utf-8")
    verdicts.totals([run])
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert set(lines) == {"unread", "read", "cf_dev"}
    assert "n     1  acc 1.000" in lines["unread"]
    assert "n     2  acc 0.500" in lines["read"] and "supported 1/1/0" in lines["read"]


def test_totals_pool_the_unread_real_world_sets(verdicts, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(verdicts, "unread_sets",
                        lambda: {"cf_heldout_claims_8", "cf_heldout_claims_9"})
    run = tmp_path / "run"
    run.mkdir()
    for name, rows in (("cf_heldout_claims_8", [SUPPORTED]),
                       ("cf_heldout_claims_9", [ABSTAINED]), ("cf_dev", [ABSTAINED])):
        (run / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                           encoding="utf-8")
    verdicts.totals([run])
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert set(lines) == {"unread_real_world", "cf_dev"}
    assert "n     2  acc 0.500" in lines["unread_real_world"]


def test_default_sets_hold_the_pooled_fresh_claims_and_no_question_file(verdicts):
    """A full run judges a change on every claim set: the pooled fresh claims of each round
    too (the default once left them out, so runs compared without them), never a file of
    questions that sits beside them in `bench/gold`."""
    names = {path.name for path in verdicts.default_sets()}
    pools = {path.name for path in BENCH.parent.glob("gold/fresh_claims_*.jsonl")}
    assert pools and pools <= names
    assert not {"fresh_questions.jsonl", "paraphrased_questions.jsonl"} & names
