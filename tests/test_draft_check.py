"""`qa check --document`: the fixture draft (written from the bundled reports, with labels, by
someone who saw neither the code nor a development set) through the command line, once as JSON
(with the HTML report) and once for people; then the exit codes and errors on a small corpus.

The workflow is tested exactly (which sentences are checked or skipped and why, offsets, lines,
the JSON shape, a summary that counts the sentence objects, exit codes); the verdicts come from
the claim checker and are held to a floor only.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.cli import assert_user_error, run
from tests.helpers.drafts import DRAFT, LABELS

HEADINGS = ["After a Decade, the UN Leaves Mali With Hard Lessons",
            "A mission that outlived its welcome", "The cost in lives and reach",
            "Politics, partners and a bitter exit"]
SKIPPED = {"question": "question", "quotation": "quotation", "no_fact": "no_fact"}
VERDICT_OF = {"supported": "supported", "contradicted": "contradicted",
              "unsupported": "not_found"}
# the labelled sentences that get their label: 22 of 37 when this was written
AGREEMENT_FLOOR = 20
SENTENCE_FIELDS = ["sentence", "start", "end", "line"]


def test_every_sentence_in_order_headings_and_skipped_ones_too(draft_as_json):
    objects = draft_as_json.objects
    sentences = [o["sentence"] for o in objects[:-1]]
    body = [s for s in sentences if s not in HEADINGS]
    assert body == [label["sentence"] for label in LABELS]
    assert [s for s in sentences if s in HEADINGS] == HEADINGS


def test_skipped_are_exactly_the_headings_questions_quotation_and_no_fact_ones(draft_as_json):
    objects = draft_as_json.objects
    skipped = {o["sentence"]: o["skipped"] for o in objects[:-1] if "skipped" in o}
    expected = {label["sentence"]: SKIPPED[label["label"]] for label in LABELS
                if label["label"] in SKIPPED} | dict.fromkeys(HEADINGS, "heading")
    assert skipped == expected
    for o in objects[:-1]:
        if "skipped" in o:
            assert list(o) == SENTENCE_FIELDS + ["skipped"]
        else:
            assert list(o)[:4] == SENTENCE_FIELDS and "verdict" in o


def test_offsets_cut_the_sentence_out_of_the_extracted_text_lines_are_the_files(draft_as_json):
    objects = draft_as_json.objects
    lines = DRAFT.read_text(encoding="utf-8").split("\n")
    previous_end = -1
    for o in objects[:-1]:
        assert o["end"] - o["start"] == len(o["sentence"]) and o["start"] > previous_end
        assert o["sentence"][:30] in lines[o["line"] - 1]
        previous_end = o["end"]
    assert [o["line"] for o in objects[:3]] == [1, 3, 5]


def test_a_checked_sentence_carries_what_qa_check_json_says_of_it(draft_as_json, bundled_index):
    objects = draft_as_json.objects
    first = next(o for o in objects if o.get("verdict") == "contradicted")
    alone = run("check", first["sentence"], "--json", "--index", bundled_index, "-q")
    assert list(first)[:4] == SENTENCE_FIELDS
    assert {k: v for k, v in first.items() if k not in SENTENCE_FIELDS} == json.loads(alone.stdout)


def test_the_summary_counts_the_sentence_objects(draft_as_json):
    code, objects = draft_as_json.code, draft_as_json.objects
    summary = objects[-1]["summary"]
    sentences = objects[:-1]
    checked = [o for o in sentences if "verdict" in o]
    assert summary["draft"] == str(DRAFT)
    assert summary["sentences"] == len(sentences) == 47
    assert summary["checked"] == len(checked) == 37
    assert summary["skipped"] == 10 and summary["skipped_by"] == {
        "heading": 4, "question": 3, "quotation": 1, "no_fact": 2}
    for verdict in ("supported", "contradicted", "not_found"):
        assert summary[verdict] == sum(o["verdict"] == verdict for o in checked)
    assert code == (1 if summary["contradicted"] else 0)


def test_verdicts_agree_with_the_labels_at_least_as_often_as_when_written(draft_as_json):
    objects = draft_as_json.objects
    verdict = {o["sentence"]: o["verdict"] for o in objects[:-1] if "verdict" in o}
    agree = sum(verdict[label["sentence"]] == VERDICT_OF[label["label"]] for label in LABELS
                if label["label"] in VERDICT_OF)
    assert agree >= AGREEMENT_FLOOR


def test_human_output_marks_each_sentence_and_ends_with_the_counts(draft_as_text, draft_as_json):
    code, text = draft_as_text.code, draft_as_text.stdout
    objects = draft_as_json.objects
    marks = {"supported": "✓", "contradicted": "✗", "not_found": "?"}
    table, _, summary_text = text.rstrip().rpartition("\n\n")
    starts = [line for line in table.splitlines() if line[:1] in "✓✗?–"]
    assert len(starts) == 47 and code == draft_as_json.code
    for line, o in zip(starts, objects):
        mark = "–" if "skipped" in o else marks[o["verdict"]]
        assert line.startswith(f"{mark} {o['line']:>2} {o['sentence'][:20]}"), (line, o)
    summary = objects[-1]["summary"]
    flat = " ".join(summary_text.split())
    assert flat.endswith("without a fact)")
    assert (f"47 sentences, 37 checked: ✓ {summary['supported']} supported, ✗ "
            f"{summary['contradicted']} contradicted, ? {summary['not_found']} not found; – 10 "
            f"skipped (4 headings, 3 questions, 1 quotation, 2 without a fact)") in flat
    assert "skipped: a question" in text and "skipped: no fact to check" in text


def test_a_contradiction_shows_both_sentences_and_the_facts_that_differ(draft_as_text,
                                                                        draft_as_json):
    text = draft_as_text.stdout
    objects = draft_as_json.objects
    contradicted = next(o for o in objects if o.get("verdict") == "contradicted")
    conflict = next(e for e in contradicted["evidence"] if e["stance"] == "contradicts")
    flat = " ".join(text.split())
    assert f"contradicted by {conflict['citation']}" in flat
    assert "the draft says the source says" in flat
    fact = conflict["conflicts"][0]
    assert f"{fact['kind']}: the draft says {fact['claim']}, the source says {fact['source']}" \
        in flat


# ---- a small corpus: exit codes and errors ---------------------------------------------------

def draft_file(folder: Path, text: str, name: str = "draft.md") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_exit_0_when_nothing_is_contradicted_and_1_when_something_is(corpus, tmp_path):
    fine = draft_file(tmp_path, "The Security Council authorized the mission in April 2013 "
                                "by Resolution 2100. The mission bought twelve submarines.\n")
    wrong = draft_file(tmp_path, "The Security Council authorized the mission in April 2014 "
                                 "by Resolution 2100.\n", "wrong.md")
    ok = run("check", "--document", fine, "--json", "--corpus", corpus)
    assert ok.exit_code == 0, ok.stderr
    assert [json.loads(line).get("verdict") for line in ok.stdout.splitlines()] == [
        "supported", "not_found", None]
    bad = run("check", "--document", wrong, "--corpus", corpus)
    assert bad.exit_code == 1 and bad.stdout.startswith("✗")


def test_standard_input(corpus):
    result = run("check", "--document", "-", "--json", "--corpus", corpus,
                 input="# Memo\n\nThe mandate was renewed in June 2014. Was it?\n")
    assert result.exit_code == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("verdict", o.get("skipped")) for o in objects[:-1]] == [
        "heading", "supported", "question"]
    assert objects[-1]["summary"]["draft"] == "standard input"


@pytest.mark.parametrize("setup, fragment", [
    (lambda d: d / "missing.md", "cannot read draft"),
    (lambda d: d, "cannot read draft"),
    (lambda d: draft_file(d, ""), "has no text to check"),
    (lambda d: (d / "x.txt").write_bytes(b"\x00\x01binary") and d / "x.txt", "binary"),
    (lambda d: draft_file(d, "# Title\n\nWhy now? This matters.\n"),
     "no sentence of the draft"),
])
def test_unusable_drafts_exit_2_with_one_error_line(corpus, tmp_path, setup, fragment):
    result = run("check", "--document", setup(tmp_path), "--corpus", corpus)
    assert_user_error(result, fragment, alone=False)


@pytest.mark.parametrize("args, fragment", [
    (["A claim.", "--document", "d.md"], "give either a CLAIM, --batch FILE or --document"),
    (["--batch", "-", "--document", "d.md"], "give either a CLAIM"),
    (["A claim.", "--html", "r.html"], "--html needs --document"),
])
def test_options_that_do_not_go_together(corpus, args, fragment):
    assert_user_error(run("check", *args, "--corpus", corpus), fragment)


def test_the_report_never_overwrites_what_qa_did_not_write(corpus, tmp_path):
    draft = draft_file(tmp_path, "The mandate was renewed in June 2014.\n")
    mine = tmp_path / "notes.html"
    mine.write_text("<p>my notes</p>", encoding="utf-8")
    for target, fragment in ((mine, "is not a qa report"), (draft, "is the draft itself"),
                             (tmp_path, "is a folder"),
                             (tmp_path / "no" / "r.html", "not a writable folder")):
        assert_user_error(run("check", "--document", draft, "--html", target,
                              "--corpus", corpus), fragment)
    assert mine.read_text(encoding="utf-8") == "<p>my notes</p>"
    assert draft.read_text(encoding="utf-8") == "The mandate was renewed in June 2014.\n"
    report = tmp_path / "report.html"
    for _ in range(2):  # a report qa wrote is replaced
        assert run("check", "--document", draft, "--html", report, "--corpus", corpus,
                   "-q").exit_code == 0
    assert "June 2014" in report.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".qa-report")] == []


def test_the_installed_command_reads_a_draft_from_a_pipe_and_keeps_its_marks_without_colour(
        corpus):
    qa = shutil.which("qa")
    if qa is None:
        pytest.skip("qa is not installed in this environment")
    draft = "The mandate was renewed in June 2014.\n".encode()
    command = [qa, "check", "--document", "-", "--corpus", str(corpus), "-q"]
    plain = subprocess.run(command, input=draft, capture_output=True, timeout=120,
                           env=dict(os.environ, FORCE_COLOR="1", NO_COLOR="1"))
    coloured = subprocess.run(command, input=draft, capture_output=True, timeout=120,
                              env=dict(os.environ, FORCE_COLOR="1"))
    assert plain.returncode == 0 and plain.stderr == b"", plain.stderr
    assert COLOUR.search(coloured.stdout.decode()) and not COLOUR.search(plain.stdout.decode())
    assert re.sub(r"\x1b\[[0-9;]*m", "", plain.stdout.decode()).startswith("✓ 1 The mandate")


COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-7]|9[0-7])m")  # a foreground colour
