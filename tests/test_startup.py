"""Start-up cost: which modules a command loads, checked in a fresh interpreter.

Timings are too noisy for a test (bench/cold_start.py measures them); the modules a command
imports are not. Each check runs the Typer app in-process in a subprocess started from the repo
root and reports `sys.modules`, plus the import stack that first loaded nltk, if anything did.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import is_dataclass
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_DOCS

ROOT = Path(__file__).resolve().parent.parent
# Run the app in-process; record who first imports nltk; print the loaded modules as JSON.
PROBE = """
import json, sys, traceback

class Spy:
    stack = None
    def find_spec(self, name, path=None, target=None):
        if name == "nltk" and Spy.stack is None:
            frames = [f for f in traceback.extract_stack()[:-1] if not f.filename.startswith("<")]
            Spy.stack = "".join(traceback.format_list(frames[-8:]))
        return None

sys.meta_path.insert(0, Spy())
import cli
try:
    cli.app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print("\\n" + json.dumps({"modules": sorted(sys.modules), "nltk_stack": Spy.stack}))
"""
NOT_FOR_HELP = ("numpy", "nltk", "rank_bm25", "rich.console", "qa.index", "qa.index.store",
                "qa.index.open", "qa.text.analyze", "qa.search", "qa.claims", "qa.documents",
                "qa.api", "qa.mcp_server", "mcp", "pydantic")
# A document whose title and heading use words that no passage contains, as real ones do.
HEADED_DOC = ("Logistics Overview\n\n## Supply Difficulties\n\n"
              "Convoys to Kidal carried fuel, and peacekeepers escorted every convoy north.\n\n"
              "Helicopters replaced road convoys when armed groups cut the roads.\n")
QUESTION = "How many peacekeepers were killed on road convoys to Kidal?"


def probe(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.strip(), done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["modules"] = set(report["modules"])
    report["stderr"] = done.stderr
    return report


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_loads_no_heavy_module(args):
    loaded = probe(*args)["modules"]
    assert [m for m in NOT_FOR_HELP if m in loaded] == []


@pytest.mark.parametrize("command", ["ask", "mcp"])
def test_command_help_loads_no_heavy_module(command):
    loaded = probe(command, "--help")["modules"]
    assert [m for m in NOT_FOR_HELP if m in loaded] == []


# `import qa` in a script, or in a tool that merely names its API: none of the library's
# heavy modules, nor the command line's.
NOT_FOR_IMPORT = NOT_FOR_HELP + ("typer", "rich", "qa.types", "qa.encode")


def modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport json, sys\n"
                           "print(json.dumps(sorted(sys.modules)))"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_import_qa_loads_no_heavy_module():
    loaded = modules_after("import qa")
    assert [m for m in NOT_FOR_IMPORT if m in loaded] == []
    assert loaded - modules_after("pass") == {"qa"}  # nothing but the package's own file


def test_naming_the_api_loads_no_index_or_numpy():
    loaded = modules_after("import qa\nqa.Corpus, qa.open, qa.AskResult, qa.QAError")
    assert "qa.api" in loaded
    assert [m for m in NOT_FOR_HELP if m in loaded] == ["qa.api"]


def write_corpus(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def fresh_index(corpus: Path, index: Path) -> None:
    from qa.index.open import open_index

    open_index(corpus, index, lambda _message: None)


@pytest.mark.parametrize("extra_docs, question", [
    pytest.param({}, QUESTION, id="words-known"),
    pytest.param({"logistics.md": HEADED_DOC}, QUESTION, id="heading-words-not-in-passages"),
    pytest.param({}, "How many peacekeepers were killed on road convoys in 1999?",
                 id="unknown-number"),
])
def test_ask_with_known_words_does_not_import_nltk(tmp_path, extra_docs, question):
    corpus = write_corpus(tmp_path / "docs", {**FIXTURE_DOCS, **extra_docs})
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("ask", question, "--json", "--corpus", str(corpus), "--index", str(index))
    assert "building" not in report["stderr"] and "rebuilding" not in report["stderr"]
    assert "qa.index.scores" in report["modules"]  # the ask did run and search the index
    assert "nltk" not in report["modules"], f"nltk imported from:\n{report['nltk_stack']}"


def test_json_answers_do_not_load_rich(tmp_path):
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("ask", QUESTION, "--json", "--corpus", str(corpus), "--index", str(index))
    assert "qa.index.scores" in report["modules"]
    assert not {"rich.console", "qa.render"} & report["modules"]


def test_asking_a_small_index_does_not_load_openssl(tmp_path):
    # hashlib loads libcrypto (4.5 ms of CPU); the code's fingerprint, the index's checksums
    # and the cache folder's name take CPython's own SHA-256 (`qa.index.digest`)
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("ask", QUESTION, "--json", "--corpus", str(corpus), "--index", str(index))
    assert "qa.index.scores" in report["modules"]
    assert not {"hashlib", "_hashlib", "tempfile", "qa.documents.load"} & report["modules"]


@pytest.mark.parametrize("extra", [(), ("--json",), ("--explain",)])
def test_asking_a_small_index_does_not_import_numpy(tmp_path, extra):
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("ask", QUESTION, *extra, "--corpus", str(corpus), "--index", str(index))
    assert "qa.search.plain" in report["modules"]  # the ask did run and rank passages
    assert ("numpy" in report["modules"]) == ("--explain" in extra)  # it looks postings up


def test_stems_of_new_query_words_are_remembered_for_the_next_process(tmp_path):
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    question = "Were the zebras grazing beside the convoys?"  # words the corpus lacks
    first = probe("ask", question, "--json", "--corpus", str(corpus), "--index", str(index))
    assert "nltk" in first["modules"]  # new words had to be stemmed once
    again = probe("ask", question, "--json", "--corpus", str(corpus), "--index", str(index))
    assert "nltk" not in again["modules"], f"nltk imported from:\n{again['nltk_stack']}"


def compiled_on_import(module: str) -> dict[str, list[str]]:
    """What importing `module` compiles at run time: the qa files that gave exec() a source
    (the methods @dataclass writes), and [file, pattern] of each regular expression compiled."""
    code = f"""
import builtins, json, re, sys, traceback
asked = {{"exec": [], "regex": []}}
def caller():
    frames = [f.filename for f in traceback.extract_stack()[:-2]]
    return next((f for f in reversed(frames) if "/qa/" in f or f.endswith("cli.py")), "")
real_exec, real_compile = builtins.exec, re._compile
def spy_exec(source, *args, **kwargs):
    if isinstance(source, str):
        asked["exec"].append(caller())
    return real_exec(source, *args, **kwargs)
def spy_compile(pattern, flags):
    asked["regex"].append([caller(), str(pattern)])
    return real_compile(pattern, flags)
builtins.exec, re._compile = spy_exec, spy_compile
import {module}
print(json.dumps(asked))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_result_types_are_made_with_one_compile_each():
    # @dataclass(frozen=True) would exec six methods per class: 114 for the result types
    import qa.types

    made = compiled_on_import("qa.types")
    classes = [v for v in vars(qa.types).values() if isinstance(v, type) and is_dataclass(v)]
    assert made["exec"] == [str(ROOT / "qa" / "frozen.py")] * len(classes)


def test_answer_type_patterns_are_compiled_on_first_use():
    # a question asks for one type of answer; compiling every pattern at import cost 9 ms
    from qa.text.scripts import UNSPACED

    made = compiled_on_import("qa.search.ask")
    assert made["regex"]  # the spy saw the patterns other modules compile at import
    assert [f for f, _ in made["regex"] if f.endswith("answer_types.py")] == []
    # nor the large classes of scripts written without spaces (2 ms), nor any of the writing
    # systems' patterns: ASCII questions need none
    assert [p for _, p in made["regex"] if UNSPACED in p] == []
    assert [f for f, _ in made["regex"] if f.endswith("scripts.py")] == []


def test_human_answers_do_not_load_the_emoji_table(tmp_path):
    # a panel title given as a string is parsed as markup, and that loads rich's emoji names
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("ask", QUESTION, "--corpus", str(corpus), "--index", str(index))
    assert "qa.render" in report["modules"]  # the answer was rendered
    assert "rich._emoji_codes" not in report["modules"]


def test_command_annotations_need_no_eval():
    # Typer reads them all on every start: strings (`from __future__ import annotations`)
    # would be evaluated one by one
    import cli

    for command in cli.app.registered_commands:
        hints = command.callback.__annotations__
        assert hints and not [name for name, hint in hints.items() if isinstance(hint, str)]


@pytest.mark.parametrize("args, built", [
    (["ask", "--help"], ["ask"]),
    (["index", "--help"], ["index"]),
    (["--help"], ["ask", "check", "show", "sources", "eval", "mcp", "index"]),
    (["nosuch"], ["ask", "check", "show", "sources", "eval", "mcp", "index"]),  # listed
])
def test_a_run_builds_only_the_command_it_names(monkeypatch, args, built):
    import typer.main

    import cli

    made = []
    real = typer.main.get_command_from_info

    def spy(command_info, **kwargs):
        made.append(cli.command_name(command_info))
        return real(command_info, **kwargs)

    monkeypatch.setattr(typer.main, "get_command_from_info", spy)
    every = list(cli.app.registered_commands)
    with pytest.raises(SystemExit):
        cli.app(args)
    assert made == built
    assert cli.app.registered_commands == every  # all of them again for the next call


def test_verdicts_are_rendered_without_the_panel_of_answers(tmp_path):
    corpus = write_corpus(tmp_path / "docs", FIXTURE_DOCS)
    index = tmp_path / "index"
    fresh_index(corpus, index)
    report = probe("check", "Peacekeepers escorted every convoy.", "--corpus", str(corpus),
                   "--index", str(index))
    assert "qa.render" in report["modules"]  # the verdict was rendered
    assert "rich.panel" not in report["modules"]
