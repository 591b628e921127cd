"""Every way a user's input can be unusable, in one table: exit 2, nothing on stdout, one
`Error: ...` line on stderr that says what is wrong (README, "Errors and exit codes")."""
from __future__ import annotations

import json

import pytest

from tests.helpers.cli import QUESTION, assert_user_error, run

CLAIM = "Seven peacekeepers were killed in an ambush."


@pytest.fixture
def indexed(corpus):
    """The fixture corpus, indexed already, so stderr carries only what the test causes."""
    assert run("index", "--corpus", corpus).exit_code == 0
    return corpus


@pytest.mark.parametrize("args, message", [
    (["ask", ""], "empty"),
    (["ask", "   "], "empty"),
    (["ask", "convoys", "-k", "0"], "-k"),
    (["ask", "convoys", "-k", "-3"], "-k"),
    (["ask", "-k", "-1", "convoys"], "-k"),
    (["ask", "convoys", "--top", "-1"], "-k"),
    (["ask", "\u200b\u200d\u2060"], "empty"),  # only invisible characters
    (["check", "\u200b \ufeff"], "empty"),
    (["ask"], "QUESTION"),
    (["ask", "--batch", "/no/such/file", "--json"], "cannot read"),
    (["ask", "--batch", "-", "-k", "0"], "-k"),
    (["ask", "--batch", "{tmp}"], "cannot read batch"),  # a folder
    (["ask", QUESTION, "--batch", "-"], "either"),
    (["check", "  "], "empty"),
    (["check"], "CLAIM"),
    (["check", CLAIM, "--batch", "-"], "CLAIM"),
    (["check", "--batch", "/no/such/file"], "cannot read"),
    (["show", "nope.txt"], "unknown source"),
    (["show", "../convoys.txt"], "unknown source"),
    (["show", "/etc/passwd"], "unknown source"),
    (["show", "../../../../etc/passwd"], "unknown source"),
    (["show", "{corpus}/convoys.txt"], "unknown source"),  # a path, not a source name
    (["show", "./convoys.txt"], "unknown source"),
    (["show", ""], "unknown source"),
    (["show", "mandate.txt", "99"], "paragraphs"),
    (["show", "convoys.txt", "0"], "paragraphs"),
    (["show", "convoys.txt", "--json", "--", "-1"], "paragraphs"),
    (["eval", "/no/such/gold.jsonl"], "gold"),
    (["eval", "{tmp}", "-k", "0"], "-k"),
    # options that do not parse
    (["ask", QUESTION, "-k", "many"], ""),
    (["show", "convoys.txt", "x"], ""),
    (["ask", QUESTION, "--no-such-option"], ""),
    # a bulleted line or a negative figure pasted as the text: the error names the way out
    (["check", f"- {CLAIM}"], "goes after '--': qa check --"),
    (["ask", "-40 degrees in which town?"], "goes after '--': qa ask --"),
])
def test_user_errors_exit_2_with_one_error_line(indexed, tmp_path, args, message):
    args = [a.format(tmp=tmp_path, corpus=indexed) for a in args]
    split = args.index("--") if "--" in args else len(args)
    result = run(*args[:split], "--corpus", indexed, *args[split:], input="")
    assert_user_error(result, message)


def test_text_that_starts_with_a_dash_is_checked_after_double_dash(indexed):
    result = run("check", "--json", "--corpus", indexed, "--", f"- {CLAIM}")
    assert result.exit_code in (0, 1), result.stderr
    assert json.loads(result.stdout)["claim"] == f"- {CLAIM}"


@pytest.mark.parametrize("make, message", [("missing", "not found"), ("empty", "no documents"),
                                           ("file", "takes a folder, and")])
def test_unusable_corpus_folder_exits_2(tmp_path, make, message):
    folder = tmp_path / "docs"
    if make == "empty":
        folder.mkdir()
    elif make == "file":
        folder.write_text("Some text.\n")
    assert_user_error(run("ask", QUESTION, "--corpus", folder), message)
