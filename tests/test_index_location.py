"""Where an index may be written, and what qa may remove there: only what it made.

An index folder is recognisably qa's (a marker written when qa creates it); a non-empty folder
without it, the corpus folder, a folder inside the corpus, `/` and the home folder are refused
with exit 2, and a build removes only generations that carry qa's own marker.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from qa.index import store

runner = CliRunner()
QUESTION = "How many peacekeepers were killed?"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def assert_refused(result, fragment: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: ") and fragment in result.stderr, result.stderr


def test_a_users_gen_folder_beside_our_index_is_never_removed(corpus, tmp_path):
    index_dir = tmp_path / "u"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    thesis = index_dir / "gen-thesis"  # the user's, made after qa made the folder
    thesis.mkdir()
    (thesis / "chapter1.tex").write_text("my work")
    lookalike = index_dir / "gen-18ed060740c7306a-4289"  # named as ours, but not made by qa
    lookalike.mkdir()
    (lookalike / "notes.txt").write_text("mine too")
    for how in (["--rebuild"], []):  # a full build, then a refresh that finds it up to date
        assert run("index", *how, "--corpus", corpus, "--index", index_dir).exit_code == 0
    assert (thesis / "chapter1.tex").read_text() == "my work"
    assert (lookalike / "notes.txt").read_text() == "mine too"


def test_a_users_folder_with_a_gen_subfolder_is_refused_and_untouched(corpus, tmp_path):
    users = tmp_path / "u"
    (users / "gen-thesis").mkdir(parents=True)
    (users / "gen-thesis" / "chapter1.tex").write_text("my work")
    for command in (["index"], ["ask", QUESTION], ["sources"]):
        assert_refused(run(*command, "--corpus", corpus, "--index", users), "not an index of qa")
    assert sorted(p.name for p in users.rglob("*")) == ["chapter1.tex", "gen-thesis"]


def test_the_corpus_folder_and_folders_inside_it_are_refused(corpus):
    (corpus / "gen-2024").mkdir()
    (corpus / "gen-2024" / "notes.txt").write_text("kept")
    (corpus / "sub").mkdir()
    for where in (corpus, corpus / "sub", corpus / "new-folder"):
        for command in (["index"], ["ask", QUESTION]):
            assert_refused(run(*command, "--corpus", corpus, "--index", where), "inside the corpus")
    assert (corpus / "gen-2024" / "notes.txt").read_text() == "kept"
    assert not (corpus / "new-folder").exists() and not (corpus / ".lock").exists()


@pytest.mark.parametrize("where", ["/", "~"])
def test_root_and_home_are_refused(corpus, where):
    folder = Path(where).expanduser()
    before = sorted(p.name for p in folder.iterdir())
    assert_refused(run("index", "--corpus", corpus, "--index", folder), "folder of its own")
    assert sorted(p.name for p in folder.iterdir()) == before


def test_an_empty_folder_becomes_ours_and_is_reused(corpus, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("index", "--corpus", corpus, "--index", empty).exit_code == 0
    assert (empty / store.FOLDER_MARKER).is_file()
    result = run("ask", QUESTION, "--json", "--corpus", corpus, "--index", empty)
    assert result.exit_code == 0 and json.loads(result.stdout)["results"]


def test_an_index_made_before_the_marker_is_adopted(corpus, tmp_path):
    index_dir = tmp_path / "old"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    (index_dir / store.FOLDER_MARKER).unlink()  # as an earlier qa left it
    for gen in index_dir.glob("gen-*"):
        (gen / store.GENERATION_MARKER).unlink()
    old = sorted(p.name for p in index_dir.glob("gen-*"))
    assert run("index", "--rebuild", "--corpus", corpus, "--index", index_dir).exit_code == 0
    assert (index_dir / store.FOLDER_MARKER).is_file()
    assert sorted(p.name for p in index_dir.glob("gen-*")) != old  # the old one was swept
    assert len(list(index_dir.glob("gen-*"))) == 1


def test_a_file_as_index_location_is_refused(corpus, tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("data")
    result = run("index", "--corpus", corpus, "--index", afile)
    assert_refused(result, "not a folder")
    assert result.stderr.count("cannot") <= 1 and afile.read_text() == "data"
