"""The Python API (`qa.open`, `qa.Corpus`): the same results as the command line, the same
errors, the same index, and nothing printed."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

import qa
from cli import app
from qa.errors import UsageError
from qa.types import AskResult, CheckResult, Passage, SourceSummary, Verdict
from tests.conftest import SEEDS

README = Path(__file__).resolve().parent.parent / "README.md"
QUESTION = "How many peacekeepers were killed?"
CLAIM = "174 peacekeepers were killed in the decade."


def cli(*args) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def opened(corpus, tmp_path):
    return qa.open(corpus, index=tmp_path / "index")


def where(opened) -> list[str]:
    return ["--corpus", str(opened.folder), "--index", str(opened.index_dir)]


def test_ask_gives_what_the_command_line_prints(opened):
    result = opened.ask(QUESTION, k=3)
    assert isinstance(result, AskResult)
    assert result.results[0].passage.source == "convoys.txt" and "174" in result.answer.text
    _, stdout, _ = cli("ask", QUESTION, "-k", "3", "--json", *where(opened))
    assert result.to_dict() == json.loads(stdout)


def test_explain_as_the_command_line_gives_it(opened):
    result = opened.ask(QUESTION, explain=True)
    _, stdout, _ = cli("ask", QUESTION, "--explain", "--json", *where(opened))
    assert result.results[0].explain and result.to_dict() == json.loads(stdout)


def test_check_gives_what_the_command_line_prints(opened):
    result = opened.check(CLAIM)
    assert isinstance(result, CheckResult) and result.verdict == Verdict.SUPPORTED
    _, stdout, _ = cli("check", CLAIM, "--json", *where(opened))
    assert result.to_dict() == json.loads(stdout)


def test_show_and_sources_give_what_the_command_line_prints(opened):
    passage = opened.show("mandate.txt", 2)
    assert isinstance(passage, Passage) and "2014" in passage.text
    assert passage.to_dict() == json.loads(cli("show", "mandate.txt", "2", "--json",
                                               *where(opened))[1])
    document = opened.show("mandate.txt")
    assert [p.to_dict() for p in document] == json.loads(cli("show", "mandate.txt", "--json",
                                                             *where(opened))[1])
    listed = opened.sources()
    assert all(isinstance(s, SourceSummary) for s in listed)
    assert [s.source for s in listed] == ["convoys.txt", "mandate.txt", "people.md"]
    assert [s.to_dict() for s in listed] == json.loads(cli("sources", "--json",
                                                           *where(opened))[1])


@pytest.mark.parametrize("call, cli_args", [
    (lambda c: c.ask("   "), ["ask", "   "]),
    (lambda c: c.ask(QUESTION, k=0), ["ask", QUESTION, "-k", "0"]),
    (lambda c: c.check(""), ["check", ""]),
    (lambda c: c.show("nowhere.txt"), ["show", "nowhere.txt"]),
    (lambda c: c.show("mandate.txt", 99), ["show", "mandate.txt", "99"]),
], ids=["blank-question", "k-0", "empty-claim", "unknown-source", "unknown-paragraph"])
def test_unusable_input_raises_the_error_the_command_line_prints(opened, call, cli_args):
    with pytest.raises(UsageError) as raised:
        call(opened)
    code, stdout, stderr = cli(*cli_args, *where(opened))
    assert code == 2 and stdout == ""
    assert stderr == f"Error: {raised.value}\n"


def test_a_missing_folder_is_refused_when_opened(tmp_path):
    with pytest.raises(UsageError, match="corpus folder not found"):
        qa.open(tmp_path / "nowhere", index=tmp_path / "index")


def test_source_patterns_restrict_the_search(opened):
    for sources in ("mandate.*", ["mandate.txt"], ("nothing.md", "mandate.txt")):
        hits = opened.ask("peacekeepers mission", k=10, sources=sources).results
        assert hits and {h.passage.source for h in hits} == {"mandate.txt"}
    assert opened.ask(QUESTION, sources="nothing*").results == ()
    evidence = opened.check(CLAIM, sources="mandate.txt").evidence
    assert all(e.hit.passage.source == "mandate.txt" for e in evidence)


def test_notices_go_to_the_callback_and_nothing_is_printed(corpus, tmp_path, capfd):
    qa.open(corpus, index=tmp_path / "quiet")
    assert capfd.readouterr() == ("", "")
    heard: list[str] = []
    qa.open(corpus, index=tmp_path / "heard", notify=heard.append).ask(QUESTION)
    assert any("building the index" in notice for notice in heard)
    assert any("indexed 3 documents" in notice for notice in heard)
    assert capfd.readouterr() == ("", "")


def test_answers_come_from_the_opened_index_until_refresh(corpus, opened):
    (corpus / "budget.txt").write_text("Budget\n\nThe budget of the mission was 1.2 billion "
                                       "dollars in 2020.\n", encoding="utf-8")
    assert "budget.txt" not in {s.source for s in opened.sources()}
    report = opened.refresh()
    assert report.rebuilt and report.documents == 4 and report.index == str(opened.index_dir)
    assert "budget.txt" in {s.source for s in opened.sources()}
    assert opened.ask("What was the budget?").results[0].passage.source == "budget.txt"
    assert opened.refresh().rebuilt is False  # nothing changed since


def test_follow_changes_sees_a_new_document_without_refresh(corpus, tmp_path):
    following = qa.open(corpus, index=tmp_path / "index", follow_changes=True)
    (corpus / "budget.txt").write_text("Budget\n\nThe mission's budget was 1.2 billion.\n",
                                       encoding="utf-8")
    assert "budget.txt" in {s.source for s in following.sources()}


def test_the_bundled_reports_by_default_and_paths_with_a_tilde(tmp_path, monkeypatch, corpus):
    bundled = qa.open(index=tmp_path / "bundled")
    assert bundled.folder.resolve() == SEEDS.resolve()
    assert len(bundled.sources()) == len(list(SEEDS.glob("*.txt")))
    monkeypatch.setenv("HOME", str(corpus.parent))
    home = qa.open("~/docs", index="~/index")
    assert home.folder == corpus and home.index_dir == corpus.parent / "index"
    assert home.ask(QUESTION).results


def test_one_corpus_answers_several_threads_alike(opened):
    expected = opened.ask(QUESTION).to_dict()
    answers: list[dict] = []

    def ask_five_times() -> None:
        answers.extend(opened.ask(QUESTION).to_dict() for _ in range(5))

    threads = [threading.Thread(target=ask_five_times) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [expected] * 20


def test_the_package_names_the_api_without_importing_it_early():
    assert qa.open is qa.api.open and qa.Corpus is qa.api.Corpus
    assert qa.UsageError is UsageError and "open" in dir(qa)
    with pytest.raises(AttributeError):
        qa.no_such_name


def readme_example() -> str:
    """The code block of the README's section "From Python"."""
    section = README.read_text(encoding="utf-8").split("\n## From Python\n", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.mark.parametrize("folder", ["bundled", "docs"])
def test_the_readme_example_runs(folder, corpus, tmp_path):
    code = readme_example()
    assert code.count("qa.open()") == 1
    index = tmp_path / "example-index"
    opened = "index=" + repr(str(index))
    if folder == "docs":
        opened = f"{str(corpus)!r}, {opened}"
    done = subprocess.run([sys.executable, "-c", code.replace("qa.open()", f"qa.open({opened})")],
                          capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)  # outside the checkout: qa as installed
    assert done.returncode == 0 and done.stderr == "", done.stderr
    lines = done.stdout.splitlines()
    assert any("¶" in line for line in lines)  # citations printed
    question = json.loads(lines[-1])["question"]
    where = ["--index", str(index)] + (["--corpus", str(corpus)] if folder == "docs" else [])
    _, stdout, _ = cli("ask", question, "-k", "3", "--json", *where)
    assert json.loads(lines[-1]) == json.loads(stdout)
