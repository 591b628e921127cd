"""The command-line contract scripts rely on: JSON fields, JSON Lines, exit codes, errors."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli import app

runner = CliRunner()
RESULT_FIELDS = {"rank", "score", "source", "paragraph", "line_start", "line_end", "title",
                 "section", "kind", "text", "citation", "page"}


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_ask_json_contract(corpus):
    result = run("ask", "How many peacekeepers were killed?", "--json", "--corpus", corpus)
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["question"] == "How many peacekeepers were killed?"
    assert payload["results"] and set(payload["results"][0]) == RESULT_FIELDS
    top = payload["results"][0]
    assert top["rank"] == 1 and top["source"] == "convoys.txt" and "174" in top["text"]
    assert top["citation"] == f"convoys.txt ¶{top['paragraph']} (lines {top['line_start']}-{top['line_end']})"
    assert "174" in payload["answer"]["text"] and payload["answer"]["source"] == "convoys.txt"
    scores = [r["score"] for r in payload["results"]]
    assert scores == sorted(scores, reverse=True)


def test_ask_k_larger_than_matches_returns_all_matches(corpus):
    result = run("ask", "convoys", "--json", "-k", "50", "--corpus", corpus)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["results"]) == 2


def test_ask_with_no_match_exits_1_with_valid_json(corpus):
    result = run("ask", "zebras giraffes", "--json", "--corpus", corpus)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"question": "zebras giraffes", "answer": None,
                                         "results": []}


def test_batch_gives_one_json_line_per_input_line_in_order(corpus):
    lines = b"How many peacekeepers were killed?\n\n\xff\xfe bad bytes\nWho proposed 2,069 personnel?\n"
    result = run("ask", "--batch", "-", "--json", "--corpus", corpus, input=lines)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    assert rows[0]["results"] and "error" not in rows[0]
    assert rows[1]["error"] and rows[1]["results"] == [] and rows[1]["answer"] is None
    assert "UTF-8" in rows[2]["error"] and rows[2]["results"] == []
    assert rows[3]["results"][0]["source"] == "mandate.txt"


def test_batch_from_file(corpus, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_text("road convoys\nlanguage skills\n", encoding="utf-8")
    result = run("ask", "--batch", batch, "--json", "--corpus", corpus)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["results"][0]["source"] for r in rows] == ["convoys.txt", "people.md"]


def test_human_output_shows_citation_answer_and_passage(corpus):
    result = run("ask", "How many peacekeepers were killed?", "--corpus", corpus)
    assert result.exit_code == 0
    assert "convoys.txt ¶" in result.stdout and "174" in result.stdout
    assert "Answer" in result.stdout


def test_show_passage_and_document(corpus):
    one = run("show", "mandate.txt", "2", "--json", "--corpus", corpus)
    assert one.exit_code == 0, one.stderr
    passage = json.loads(one.stdout)
    assert passage["paragraph"] == 2 and passage["source"] == "mandate.txt"
    assert set(passage) == RESULT_FIELDS - {"rank", "score"}
    every = json.loads(run("show", "mandate.txt", "--json", "--corpus", corpus).stdout)
    assert [p["paragraph"] for p in every] == list(range(1, len(every) + 1))


def test_sources_lists_documents(corpus):
    result = run("sources", "--json", "--corpus", corpus)
    docs = json.loads(result.stdout)
    assert [d["source"] for d in docs] == ["convoys.txt", "mandate.txt", "people.md"]
    assert all(d["passages"] >= 1 and d["title"] for d in docs)


def test_index_command_reports_on_stderr(corpus):
    result = run("index", "--json", "--corpus", corpus)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["documents"] == 3 and report["passages"] >= 6
    assert "indexed 3 documents" in result.stderr


def test_version_and_help_list_every_command():
    assert run("--version").stdout.startswith("qa ")
    help_text = run("--help").stdout
    for command in COMMANDS:
        assert command in help_text
        assert run(command, "--help").exit_code == 0


COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]


def test_readme_documents_every_command():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"qa {command}" in readme, command


def test_installed_command_answers_from_the_bundled_corpus(tmp_path):
    qa = shutil.which("qa", path=str(Path(sys.executable).parent)) or shutil.which("qa")
    assert qa, "the README test command installs the qa command"
    result = subprocess.run([qa, "ask", "How many peacekeepers were killed?", "--json", "-k", "3"],
                            capture_output=True, text=True, cwd=tmp_path,
                            env=dict(os.environ), timeout=120)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert any("174" in r["text"] for r in payload["results"])


def test_explain_accounts_for_the_whole_score(corpus):
    result = run("ask", "road convoys peacekeepers", "--json", "--explain", "--corpus", corpus)
    for hit in json.loads(result.stdout)["results"]:
        assert hit["explain"], hit
        assert abs(sum(t["score"] for t in hit["explain"]) - hit["score"]) < 1e-4
        assert all(set(t) == {"term", "score", "via"} for t in hit["explain"])


def test_eval_scores_a_gold_file(corpus, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"id": "g1", "question": "How many peacekeepers were killed?", "source": "convoys.txt",
         "evidence": "174 peacekeepers were killed", "answer": "174"},
        {"id": "g2", "question": "Which language did staff not speak?", "source": "mandate.txt",
         "evidence": "renewed in June 2014", "answer": "Spanish"},
    ]) + "\n", encoding="utf-8")
    result = run("eval", gold, "--json", "-v", "--corpus", corpus)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["n"] == 2 and report["metrics"]["R@1"] == 0.5
    assert report["metrics"]["answer@1"] == 0.5
    assert [m["id"] for m in report["misses"]] == ["g2"]


def test_source_glob_restricts_results(corpus):
    every = json.loads(run("ask", "mission staff", "--json", "-k", "10", "--corpus", corpus).stdout)
    assert {r["source"] for r in every["results"]} >= {"mandate.txt", "people.md"}
    only = run("ask", "mission staff", "--json", "-k", "10", "--source", "*.md",
               "--corpus", corpus)
    assert {r["source"] for r in json.loads(only.stdout)["results"]} == {"people.md"}
    both = run("ask", "mission staff", "--json", "--source", "*.md", "--source", "mandate*",
               "--corpus", corpus)
    assert {r["source"] for r in json.loads(both.stdout)["results"]} == {"people.md", "mandate.txt"}


def test_quoted_phrase_must_appear_in_every_result(corpus):
    loose = json.loads(run("ask", "road convoys", "--json", "--corpus", corpus).stdout)
    assert len(loose["results"]) == 3
    exact = json.loads(run("ask", '"road convoys"', "--json", "--corpus", corpus).stdout)
    assert [r["text"] for r in exact["results"]] == [
        "Peacekeepers travelling in road convoys were exposed to improvised explosive devices."]
    none = run("ask", '"convoys road"', "--json", "--corpus", corpus)
    assert none.exit_code == 1 and json.loads(none.stdout)["results"] == []


def test_build_summary_on_stderr_and_quiet_hides_it(corpus, tmp_path):
    (corpus / "blob.txt").write_bytes(b"\x00\x01binary")
    loud = run("index", "--verbose", "--corpus", corpus)
    assert "indexed 3 documents" in loud.stderr and "skipped blob.txt" in loud.stderr
    (corpus / "mandate.txt").write_text("Changed text about zebras.\n", encoding="utf-8")
    quiet = run("ask", "zebras", "--json", "--quiet", "--corpus", corpus)
    assert quiet.exit_code == 0 and quiet.stderr == ""
