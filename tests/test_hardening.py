"""Hardening: whatever the question, the corpus or the state of the index, `qa` never crashes
with a traceback, never hangs, never corrupts the index and never answers from text that is
no longer there. User errors exit 2 with one `Error: ...` line (README, "Exit codes").

Slow tests build a ~20 MB file and kill a build half-way; both stay well under 20 s.
"""
from __future__ import annotations

import json
import os
import random
import signal
import threading
import time
from pathlib import Path

import pytest
from qa.index import store
from qa.text.analyze import Analyzer
from qa.index.open import rebuild
from tests.helpers.cli import (QUESTION, ask_json, assert_no_crash, assert_user_error, qa_process,
                               run)

def no_terminal_controls(text: str) -> bool:
    return not any(c in text for c in "\x1b\x07\x9b\x9d")


def flat(text: str) -> str:
    """Output with the line wrapping undone, to look for literal strings."""
    return " ".join(text.split())


def generations(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob("gen-*"))


def write_big_document(path: Path, megabytes: float, needle: str = "") -> None:
    """Hard-wrapped prose of made-up words (like OCR text), with `needle` in the middle."""
    rng = random.Random(7)
    vocabulary = ["".join(rng.choices("abcdefghiklmnoprstuvw", k=rng.randint(3, 10)))
                  for _ in range(3000)]
    paragraphs, size, target = [], 0, int(megabytes * 1_000_000)
    while size < target:
        words = rng.choices(vocabulary, k=rng.randint(40, 120))
        lines = [" ".join(words[i:i + 11]) for i in range(0, len(words), 11)]
        paragraph = "\n".join(lines) + "."
        if needle and size >= target // 2:
            paragraph, needle = needle, ""
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    path.write_text("Big Report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.fixture
def indexed(corpus):
    """The fixture corpus, indexed already, so stderr carries only what the test causes."""
    assert run("index", "--corpus", corpus).exit_code == 0
    return corpus


# ---- questions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["", " ", "\t\n ", "\u00a0\u2003"])
@pytest.mark.parametrize("json_", [False, True])
def test_blank_question_exits_2_with_one_error_line(indexed, question, json_):
    result = run("ask", question, *(["--json"] if json_ else []), "--corpus", indexed)
    assert_user_error(result, "empty")


@pytest.mark.parametrize("question", ["the of and was", "How many?", "???", "\x00", "?! ... ;; --"])
def test_question_without_search_terms_exits_1_with_valid_json(indexed, question):
    payload = ask_json(question, "--corpus", indexed, codes=(1,))
    assert payload["results"] == [] and payload["answer"] is None
    human = run("ask", question, "--corpus", indexed)
    assert_no_crash(human, codes=(1,))
    assert "No passage matches" in human.stdout and no_terminal_controls(human.stdout)


@pytest.mark.parametrize("question", [
    (QUESTION + " ") * 2000,  # 100 KB of real words
    "x" * 100_000,  # one 100 KB word
    " ".join(f"w{i}" for i in range(20_000)),  # 20,000 distinct terms
    '"road convoys" ' * 7000,  # 100 KB of quoted phrases
])
def test_100kb_question_answers_or_exits_1_and_does_not_hang(indexed, question):
    started = time.perf_counter()
    payload = ask_json(question[:100_000], "--corpus", indexed)
    # a hang guard only (something quadratic in the question would take hours), not a
    # speed target: those are measured in bench/
    assert time.perf_counter() - started < 300
    assert isinstance(payload["results"], list)


@pytest.mark.parametrize("question", [
    "[bold]convoys[/]",
    "convoys [/]",
    "[/] [link=file:///etc]convoys[/link]",
    "convoys \x1b[2J\x1b]0;pwned\x07",
    "\x1b[31m[red]zebra[/red] \x9b2J",
    "zebra [/]",
])
def test_markup_and_escapes_in_the_question_are_inert(indexed, question):
    payload = ask_json(question, "--corpus", indexed)
    assert payload["question"] == " ".join(question.split())
    for extra in ([], ["--explain"]):
        human = run("ask", question, *extra, "--corpus", indexed)
        assert_no_crash(human)
        assert no_terminal_controls(human.stdout) and no_terminal_controls(human.stderr)
        if not payload["results"]:  # the question is echoed: its markup shows as typed
            assert "[/]" in flat(human.stdout) or "[red]zebra[/red]" in flat(human.stdout)


@pytest.mark.parametrize("k", [50, 10**9, 2**63, 10**30])
def test_k_beyond_the_corpus_returns_every_match(indexed, k):
    analyzer = Analyzer()
    documents = json.loads(run("sources", "--json", "--corpus", indexed).stdout)
    passages = [p for d in documents for p in json.loads(
        run("show", d["source"], "--json", "--corpus", indexed).stdout)]
    with_the_word = {(p["source"], p["paragraph"]) for p in passages
                     if "mission" in analyzer.terms(p["text"])}
    every = ask_json("mission", "-k", len(passages), "--corpus", indexed)["results"]
    payload = ask_json("mission", "-k", k, "--corpus", indexed)
    assert payload["results"] == every
    assert with_the_word <= {(r["source"], r["paragraph"]) for r in every}
    assert len(with_the_word) == 3


def test_batch_file_with_bad_bytes_answers_every_other_line(indexed, tmp_path):
    batch = tmp_path / "questions.txt"
    batch.write_bytes(b"\xef\xbb\xbfroad convoys\r\n"  # BOM and CRLF
                      b"caf\xe9 cr\xe8me\r\n"  # cp1252, not UTF-8
                      b"\xff\xfe\x00\x00\n"  # garbage
                      b"language skills\n"
                      b"\x1b[2J [bold]x[/]\n")  # valid UTF-8, hostile
    result = run("ask", "--batch", batch, "--json", "--corpus", indexed)
    assert_no_crash(result, codes=(0,))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5
    assert rows[0]["question"] == "road convoys" and rows[0]["results"][0]["source"] == "convoys.txt"
    for row in rows[1:3]:
        assert "UTF-8" in row["error"] and row["results"] == [] and row["answer"] is None
    assert rows[1]["question"] == "caf\ufffd cr\ufffdme"
    assert rows[3]["results"][0]["source"] == "people.md" and "error" not in rows[3]
    assert rows[4]["question"] == "\x1b[2J [bold]x[/]" and "error" not in rows[4]

    human = run("ask", "--batch", batch, "--corpus", indexed)
    assert_no_crash(human, codes=(0,))
    errors = [line for line in human.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2 and all("UTF-8" in line for line in errors)
    assert "convoys.txt ¶" in human.stdout and "people.md ¶" in human.stdout
    assert no_terminal_controls(human.stdout) and no_terminal_controls(human.stderr)


@pytest.mark.parametrize("json_", [[b"--json"], []])
def test_question_argument_that_is_not_utf8_does_not_crash(indexed, json_):
    env = dict(os.environ, PYTHONIOENCODING="utf-8:strict")
    proc = qa_process("ask", b"zebra \xff", *json_, "--corpus", indexed, env=env)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode in (1, 2) and b"Traceback" not in err, err.decode(errors="replace")


# ---- the corpus --------------------------------------------------------------------------------

def test_only_unusable_files_exit_2(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("\n  \n\t\n", encoding="utf-8")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / ".hidden.txt").write_text("Hidden text about convoys.", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n")
    assert_user_error(run("ask", QUESTION, "--corpus", folder), "no text", alone=False)


def test_empty_and_binary_files_are_skipped_and_counted(corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (corpus / "blob.md").write_bytes(b"PK\x03\x04\x00\x00zip")
    result = run("index", "--json", "--corpus", corpus)
    assert_no_crash(result, codes=(0,))
    report = json.loads(result.stdout)
    assert {"blob.txt", "blob.md"} <= set(report["skipped"])
    assert f"skipped {len(report['skipped'])} " in result.stderr
    assert ask_json(QUESTION, "--corpus", corpus)["results"][0]["source"] == "convoys.txt"


def test_huge_file_is_indexed_and_cited(corpus):
    needle = "The quokka census at Tessalit counted 4242 quokkas in the dry season."
    write_big_document(corpus / "huge.txt", megabytes=20, needle=needle)
    assert (corpus / "huge.txt").stat().st_size >= 20_000_000
    payload = ask_json("How many quokkas were counted at Tessalit?", "--corpus", corpus)
    top = payload["results"][0]
    assert top["source"] == "huge.txt" and top["text"] == needle
    lines = (corpus / "huge.txt").read_text(encoding="utf-8").split("\n")
    assert lines[top["line_start"] - 1] == needle
    again = run("ask", "quokka census", "--json", "--corpus", corpus)  # loaded, not built again
    assert again.exit_code == 0 and again.stderr == ""  # (its speed is bench/scale.py's business)


def test_cp1252_file_is_read_with_a_notice_and_searchable(corpus):
    (corpus / "latin.txt").write_bytes(
        "Café Résumé\n\nThe naïve café served crème brûlée to “tired” peacekeepers.\n"
        .encode("cp1252"))
    result = run("ask", "creme brulee cafe", "--json", "--corpus", corpus)
    assert_no_crash(result, codes=(0,))
    assert "latin.txt is not UTF-8" in result.stderr
    top = json.loads(result.stdout)["results"][0]
    assert top["source"] == "latin.txt" and "crème brûlée" in top["text"] and "“tired”" in top["text"]


def test_symlink_loops_fifos_and_devices_do_not_hang(corpus, tmp_path):
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to("..")  # a folder loop
    (corpus / "self.txt").symlink_to("self.txt")  # a link to itself
    (corpus / "ping.txt").symlink_to("pong.txt")
    (corpus / "pong.txt").symlink_to("ping.txt")
    (corpus / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (corpus / "zero.txt").symlink_to("/dev/zero")  # would be read forever
    os.mkfifo(corpus / "pipe.txt")  # would block forever
    proc = qa_process("ask", QUESTION, "--json", "--corpus", corpus, "--index", tmp_path / "idx")
    try:
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err.decode(errors="replace")
    assert json.loads(out)["results"][0]["source"] == "convoys.txt"
    listed = json.loads(run("sources", "--json", "--corpus", corpus, "--index",
                            tmp_path / "idx").stdout)
    assert [d["source"] for d in listed] == ["convoys.txt", "mandate.txt", "people.md"]


def test_links_that_leave_the_corpus_are_skipped_with_a_notice(corpus, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private\n\nThe password of the convoy vault is hunter2.\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "more.txt").write_text("Elsewhere\n\nThe vault code is hunter2 as well.\n")
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "linked").symlink_to(outside)
    (corpus / "inner.txt").symlink_to(corpus / "convoys.txt")  # stays inside: read
    built = run("index", "--corpus", corpus)
    assert built.exit_code == 0
    assert "x.txt: a link to a file outside the corpus" in built.stderr
    assert "linked: a symlinked folder" in built.stderr
    names = [d["source"] for d in json.loads(run("sources", "--json", "--corpus", corpus).stdout)]
    assert "x.txt" not in names and "inner.txt" in names
    assert_user_error(run("show", "x.txt", "--corpus", corpus), "unknown source")
    assert "hunter2" not in run("ask", "vault password", "--corpus", corpus).stdout


def test_control_characters_in_a_file_name_are_escaped_wherever_it_is_shown(corpus):
    name = "fake\nError: pwned\r\t.txt"
    (corpus / name).write_bytes(b"Fake\n\nThe convoy of fake lines left \xe9t\xe9.\n")  # cp1252
    built = run("index", "--corpus", corpus)
    assert "fake\\x0aError: pwned\\x0d\\x09.txt is not UTF-8" in built.stderr
    assert not any(line.startswith("Error: pwned") for line in built.stderr.splitlines())
    for result in (run("sources", "--corpus", corpus), run("show", name, "--corpus", corpus),
                   run("ask", "convoy of fake lines", "--corpus", corpus)):
        assert_no_crash(result, codes=(0,))
        assert "fake\\x0aError: pwned" in flat(result.stdout)
        assert not any(line.startswith("Error: pwned") for line in result.stdout.splitlines())
    assert name in [d["source"] for d in
                    json.loads(run("sources", "--json", "--corpus", corpus).stdout)]
    error = run("show", name, "99", "--corpus", corpus)
    assert_user_error(error, "fake\\x0aError: pwned")


def test_file_name_that_is_not_utf8_is_indexed_under_an_escaped_name(corpus):
    try:
        (corpus / os.fsdecode(b"caf\xe9.txt")).write_text(
            "Cafe Notes\n\nThe canteen convoys carried quokkas.\n", encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    payload = ask_json("canteen quokkas", "--corpus", corpus, codes=(0,))
    assert payload["results"][0]["source"] == "caf\\xe9.txt"
    shown = run("show", "caf\\xe9.txt", "1", "--json", "--corpus", corpus)
    assert_no_crash(shown, codes=(0,))
    assert "quokkas" in json.loads(shown.stdout)["text"]


def test_corpus_folder_whose_path_is_not_utf8_works(tmp_path):
    folder = os.fsencode(tmp_path) + b"/docs\xff"
    os.mkdir(folder)
    with open(folder + b"/convoys.txt", "w", encoding="utf-8") as fh:
        # a few paragraphs: with one, every term is in all passages and BM25 scores nothing
        fh.write("Convoys\n\nConvoys to Kidal took four weeks and 174 peacekeepers were killed."
                 "\n\nThe rains came in August.\n\nMarkets reopened in Gao.\n")
    env = {k: v for k, v in os.environ.items() if k != "QA_INDEX"}
    proc = qa_process("ask", QUESTION, "--json", "--corpus", folder, env=env)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode(errors="replace")


@pytest.mark.parametrize("how", ["deleted before reading", "read fails"])
def test_file_that_disappears_during_a_build_is_skipped(corpus, monkeypatch, how):
    from qa.index import open as opening  # where the build calls the reader

    original_read, original_bytes = opening.read_source, Path.read_bytes
    doomed = corpus / "mandate.txt"

    def read_after_deleting(source):
        if source.path == doomed:
            doomed.unlink()
        return original_read(source)

    def read_bytes(path):
        if path == doomed:
            raise FileNotFoundError(2, "No such file or directory")
        return original_bytes(path)

    # a context, not monkeypatch.undo(): undo() would also drop the autouse fixture's
    # QA_INDEX and XDG_CACHE_HOME, and the ask below would build in the user's own cache
    with monkeypatch.context() as patch:
        if how == "deleted before reading":
            patch.setattr(opening, "read_source", read_after_deleting)
        else:
            patch.setattr(Path, "read_bytes", read_bytes)
        result = run("index", "--json", "--corpus", corpus)
    assert_no_crash(result, codes=(0,))
    assert json.loads(result.stdout)["skipped"] == ["mandate.txt"]
    payload = ask_json("Who authorized the mission?", "--corpus", corpus)
    sources = {r["source"] for r in payload["results"]}
    assert ("mandate.txt" in sources) == doomed.exists()


# ---- the index ---------------------------------------------------------------------------------

def add_many_documents(folder: Path, n: int = 40) -> None:
    for i in range(n):  # enough files to use the worker pool, so builds overlap for a while
        (folder / f"report{i:02}.txt").write_text(
            f"Report {i}\n\nConvoy {i} reached Gao after {i + 2} days under escort.\n\n"
            f"Patrol {i * 7} met armed groups near Kidal and withdrew.\n", encoding="utf-8")


def assert_one_consistent_generation(index_dir: Path) -> None:
    live = (index_dir / "CURRENT").read_text().strip()
    assert generations(index_dir) == [live]
    assert not [p for p in index_dir.iterdir() if p.name.endswith(".tmp")]
    loaded = store.load(index_dir)
    assert sum(s["count"] for s in loaded.sources) == len(loaded.passages) > 0


def test_two_builds_at_the_same_time_leave_one_consistent_index(corpus, tmp_path):
    add_many_documents(corpus)
    index_dir = tmp_path / "idx"
    procs = [qa_process("index", "--json", "--corpus", corpus, "--index", index_dir)
             for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0 and b"Traceback" not in err, err.decode(errors="replace")
        assert json.loads(out)["documents"] == 43
    assert_one_consistent_generation(index_dir)
    result = run("ask", "Which patrol numbered 49 met armed groups?", "--json",
                 "--corpus", corpus, "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert "building" not in result.stderr and "rebuilding" not in result.stderr
    assert json.loads(result.stdout)["results"][0]["source"] == "report07.txt"


def test_builds_in_threads_serialise_on_the_lock(corpus, tmp_path):
    index_dir = tmp_path / "idx"
    results, errors = [], []

    def build():
        try:
            results.append(rebuild(corpus, index_dir, lambda _m: None, force=True)[0])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [] and len(results) == 3
    assert_one_consistent_generation(index_dir)
    texts = [[p.text for p in index.passages] for index in results]
    assert texts[0] == texts[1] == texts[2] == [p.text for p in store.load(index_dir).passages]


def test_reader_survives_a_build_swapping_generations_under_it(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "idx"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    original, raced = store.file_sha256, []

    def hash_while_another_build_lands(path):
        if not raced:  # the reader has seen the file exist; now a build swaps generations
            raced.append(path)
            rebuild(corpus, index_dir, lambda _m: None, force=True)  # removes path's folder
        return original(path)

    monkeypatch.setattr(store, "file_sha256", hash_while_another_build_lands)
    result = run("ask", QUESTION, "--json", "--corpus", corpus, "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert json.loads(result.stdout)["results"]


def test_build_killed_half_way_leaves_the_previous_index_usable(corpus, tmp_path):
    index_dir = tmp_path / "idx"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    live = (index_dir / "CURRENT").read_text()
    before = [p.text for p in store.load(index_dir).passages]
    needle = "The quokka census at Tessalit counted 4242 quokkas in the dry season."
    write_big_document(corpus / "big.txt", megabytes=6, needle=needle)

    proc = qa_process("index", "--corpus", corpus, "--index", index_dir)
    try:
        deadline = time.monotonic() + 60
        while generations(index_dir) == [live]:  # wait until the new generation is begun
            assert proc.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        time.sleep(0.1)
        assert proc.poll() is None, "the build ended before it could be killed: use more MB"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert (index_dir / "CURRENT").read_text() == live  # the previous index is untouched
    assert [p.text for p in store.load(index_dir).passages] == before
    assert len(generations(index_dir)) == 2  # and the half-written one is left over
    result = run("ask", "How many quokkas at Tessalit?", "--json", "--corpus", corpus,
                 "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert json.loads(result.stdout)["results"][0]["text"] == needle
    assert_one_consistent_generation(index_dir)  # the leftover is swept by the next build


def test_leftovers_of_interrupted_builds_break_nothing(corpus, tmp_path):
    index_dir = tmp_path / "idx"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    partial = index_dir / "gen-0-1"
    partial.mkdir()
    (partial / store.GENERATION_MARKER).touch()  # made by a build of ours, then killed
    (partial / "passages.bin").write_bytes(b'{"source": "convoys.txt", "te')
    (partial / "meta.json").write_bytes(b"{")
    (index_dir / "gen-ffffffffffffffff-2").mkdir()
    (index_dir / "gen-ffffffffffffffff-2" / store.GENERATION_MARKER).touch()
    (index_dir / ".CURRENT.99999.tmp").write_text("gen-0-1")
    result = run("ask", QUESTION, "--json", "--corpus", corpus, "--index", index_dir)
    assert_no_crash(result, codes=(0,))
    assert "174" in json.loads(result.stdout)["results"][0]["text"] and result.stderr == ""
    run("index", "--corpus", corpus, "--index", index_dir)
    assert len(generations(index_dir)) == 1


@pytest.mark.parametrize("current", ["../../etc", "gen-missing", "", "\x00\xff"])
def test_current_naming_something_else_is_rebuilt(corpus, tmp_path, current):
    index_dir = tmp_path / "idx"
    assert run("index", "--corpus", corpus, "--index", index_dir).exit_code == 0
    (index_dir / "CURRENT").write_bytes(current.encode("latin-1"))
    payload = ask_json(QUESTION, "--corpus", corpus, "--index", index_dir, codes=(0,))
    assert "174" in payload["results"][0]["text"]
    assert_one_consistent_generation(index_dir)


@pytest.mark.parametrize("command", [["ask", QUESTION], ["sources"], ["show", "convoys.txt"]])
def test_unwritable_index_location_still_answers(corpus, tmp_path, command):
    blocker = tmp_path / "a-file"  # nothing can be made inside a file, even by root
    blocker.write_text("not a folder")
    result = run(*command, "--json", "--corpus", corpus, "--index", blocker / "index")
    assert_no_crash(result, codes=(0,))
    assert json.loads(result.stdout) and "not saved" in result.stderr
    assert blocker.read_text() == "not a folder"


def test_index_command_into_an_unwritable_location_exits_2(corpus, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert_user_error(run("index", "--corpus", corpus, "--index", blocker / "index"), "index", alone=False)


# ---- freshness ---------------------------------------------------------------------------------

def assert_cited_text_is_in_the_files(payload, corpus: Path) -> None:
    """Every passage of an answer is still in its file: nothing is answered from old text."""
    for result in payload["results"]:
        path = corpus / result["source"]
        assert path.is_file(), result["citation"]
        assert flat(result["text"]) in flat(path.read_text(encoding="utf-8")), result["citation"]


@pytest.mark.parametrize("change", ["edit", "same-size edit", "add", "remove", "rename"])
def test_next_answer_follows_the_files_without_a_manual_index(indexed, change):
    mandate = indexed / "mandate.txt"
    if change == "edit":
        mandate.write_text("Mandate\n\nZebras grazed near the camp at Gao.\n", encoding="utf-8")
    elif change == "same-size edit":
        stat = mandate.stat()
        mandate.write_text(mandate.read_text(encoding="utf-8").replace("France", "Zebra!"),
                           encoding="utf-8")
        os.utime(mandate, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert mandate.stat().st_size == stat.st_size
    elif change == "add":
        (indexed / "zebra.txt").write_text("Zebras\n\nZebras grazed near the camp.\n",
                                           encoding="utf-8")
    elif change == "remove":
        mandate.unlink()
    else:
        mandate.rename(indexed / "renamed.txt")

    found = ask_json("zebras", "-k", "20", "--corpus", indexed)
    assert_cited_text_is_in_the_files(found, indexed)
    expected = {"edit": "mandate.txt", "same-size edit": "mandate.txt", "add": "zebra.txt"}
    if change in expected:
        assert found["results"][0]["source"] == expected[change]
    old = ask_json("Which country proposed additional uniformed personnel?", "-k", "20",
                   "--corpus", indexed)
    assert_cited_text_is_in_the_files(old, indexed)
    with_old_text = [r["source"] for r in old["results"] if "France proposed" in r["text"]]
    assert with_old_text == {"add": ["mandate.txt"], "rename": ["renamed.txt"]}.get(change, [])
    shown = run("show", "mandate.txt", "--json", "--corpus", indexed)
    if change in ("remove", "rename"):
        assert_user_error(shown, "unknown source")
    else:
        assert_no_crash(shown, codes=(0,))
        assert_cited_text_is_in_the_files({"results": json.loads(shown.stdout)}, indexed)


# ---- hostile corpus text -----------------------------------------------------------------------

HOSTILE = ("Hostile Report\n\n"
           "The convoy log says \x1b]0;pwned\x07 then \x1b[2J and [red]x[/red] and [/] and "
           "[link=file:///etc]open me[/link] and [bold]loud and \x9b31m and done.\n\n"
           "convoy " + "longline " * 11_200 + "end.\n")


@pytest.fixture
def hostile(corpus):
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "\x1b[31mred\x07.txt").write_text("Red Name\n\nThe convoy of red names left.\n",
                                               encoding="utf-8")
    assert run("index", "--corpus", corpus).exit_code == 0
    return corpus


def assert_shows_markup_literally(output: str) -> None:
    assert no_terminal_controls(output)
    text = flat(output)
    for literal in ("[red]x[/red]", "[/]", "[link=file:///etc]open", "[bold]loud"):
        assert literal in text, literal


def test_hostile_text_is_shown_inert_by_ask(hostile):
    result = run("ask", "convoy log pwned", "-k", "10", "--explain", "--corpus", hostile)
    assert_no_crash(result, codes=(0,))
    assert_shows_markup_literally(result.stdout)
    assert "longline longline" in result.stdout  # the 100k-character line is shown, wrapped
    assert no_terminal_controls(result.stderr)


def test_hostile_text_is_shown_inert_by_show(hostile):
    result = run("show", "hostile.txt", "--corpus", hostile)
    assert_no_crash(result, codes=(0,))
    assert_shows_markup_literally(result.stdout)
    one = json.loads(run("show", "hostile.txt", "1", "--json", "--corpus", hostile).stdout)
    assert "\x1b]0;pwned\x07" in one["text"]  # JSON carries the text as it is, escaped


def test_hostile_file_name_is_shown_inert(hostile):
    name = "\x1b[31mred\x07.txt"
    outputs = [run("sources", "--corpus", hostile), run("show", name, "--corpus", hostile),
               run("ask", "convoy of red names", "--corpus", hostile)]
    for result in outputs:
        assert_no_crash(result, codes=(0,))
        assert no_terminal_controls(result.stdout) and "red\\x07.txt" in result.stdout
    assert json.loads(run("sources", "--json", "--corpus", hostile).stdout)[0]["source"] == name


def test_notices_about_a_hostile_file_name_are_inert(corpus):
    (corpus / "\x1b[2Jlatin.txt").write_bytes("Café\n\nThe café served convoys.\n"
                                              .encode("cp1252"))
    result = run("index", "--corpus", corpus)
    assert_no_crash(result, codes=(0,))
    assert "not UTF-8" in result.stderr and no_terminal_controls(result.stderr)


# ---- one bad line never stops a batch or an evaluation -----------------------------------------

def test_an_internal_error_on_one_batch_line_is_that_lines_error(indexed, tmp_path, monkeypatch):
    import qa.search.ask as asking

    original = asking.rank

    def flaky(index, query, k):
        if "convoys" in query.text:
            raise ValueError("boom")
        return original(index, query, k)

    monkeypatch.setattr(asking, "rank", flaky)
    batch = tmp_path / "questions.txt"
    batch.write_text("road convoys\nlanguage skills\n\nmandate renewed\n", encoding="utf-8")
    for json_ in (["--json"], []):
        result = run("ask", "--batch", batch, *json_, "--corpus", indexed)
        assert_no_crash(result, codes=(0,))
        errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
        assert len(errors) == 2 and "line 1: internal error (ValueError: boom)" in errors[0]
        assert "line 3: blank line" in errors[1]
    rows = [json.loads(line) for line in run("ask", "--batch", batch, "--json", "--corpus",
                                             indexed).stdout.splitlines()]
    assert [bool(r.get("error")) for r in rows] == [True, False, True, False]
    assert rows[0]["results"] == [] and rows[1]["results"]


@pytest.mark.parametrize("bad", ['{"question": 5, "source": "a.txt", "evidence": "x"}',
                                 '{"question": "Who?", "source": ["a.txt"], "evidence": "x"}',
                                 '{"question": "  ", "source": "a.txt", "evidence": "x"}',
                                 '["a list"]', "not json at all",
                                 '{"question": "Who?", "source": "a.txt", "evidence": "x", '
                                 '"also": "b.txt"}'])
def test_a_bad_gold_line_is_reported_and_the_others_are_scored(indexed, tmp_path, bad):
    gold = tmp_path / "gold.jsonl"
    good = json.dumps({"id": "1", "question": "How many peacekeepers were killed?",
                       "source": "convoys.txt", "evidence": "174 peacekeepers were killed",
                       "answer": "174"})
    gold.write_text(f"{good}\n{bad}\n{good}\n", encoding="utf-8")
    result = run("eval", gold, "--json", "--corpus", indexed)
    assert_no_crash(result, codes=(0,))
    report = json.loads(result.stdout)
    assert report["n"] == 2 and report["metrics"]["R@1"] == 1.0
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and f"{gold}:2:" in errors[0]


def test_a_gold_file_with_no_usable_line_exits_2(indexed, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"question": 5}\n[]\n', encoding="utf-8")
    assert_user_error(run("eval", gold, "--corpus", indexed), "no line with a question")


# ---- friction ----------------------------------------------------------------------------------

@pytest.mark.parametrize("json_", [[], ["--json"]])
def test_a_reader_that_closes_the_pipe_early_is_no_miss(indexed, tmp_path, json_):
    batch = tmp_path / "many.txt"
    batch.write_text("How many peacekeepers were killed?\n" * 300, encoding="utf-8")
    for args in (["ask", QUESTION], ["ask", "--batch", batch]):
        proc = qa_process(*args, *json_, "--corpus", indexed)
        proc.stdout.readline()
        proc.stdout.close()  # `| head -1`
        assert proc.wait(timeout=60) == 0
        assert b"Traceback" not in proc.stderr.read()


def test_no_color_means_no_styles_at_all(indexed):
    env = dict(os.environ, NO_COLOR="1", FORCE_COLOR="1", TERM="xterm-256color")
    proc = qa_process("ask", QUESTION, "--corpus", indexed, env=env)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"174" in out and b"\x1b[" not in out + err
    forced = qa_process("ask", QUESTION, "--corpus", indexed,
                        env=dict(env, NO_COLOR=""))  # empty: colours as usual
    assert b"\x1b[" in forced.communicate(timeout=60)[0]


def test_a_source_glob_that_matches_nothing_is_said_and_globs_follow_smart_case(indexed):
    result = run("ask", QUESTION, "--source", "*.pdf", "--json", "--corpus", indexed)
    assert_no_crash(result, codes=(1,))
    assert "--source '*.pdf' matches no source" in result.stderr
    (indexed / "Upper.TXT").write_text("Upper\n\nThe convoy reached Upper Gao safely.\n")
    found = ask_json("convoy reached Upper Gao", "--source", "*.txt", "--corpus", indexed)
    assert "Upper.TXT" in {r["source"] for r in found["results"]}  # no capitals: any case
    strict = run("ask", "convoy reached Upper Gao", "--source", "*.TXT", "--json",
                 "--corpus", indexed)
    assert {r["source"] for r in json.loads(strict.stdout)["results"]} == {"Upper.TXT"}


def test_help_texts_match_each_command(indexed):
    for command in ("show", "sources", "index", "eval"):
        assert "--batch" not in run(command, "--help").stdout
    assert "--verbose" in run("sources", "--help").stdout
    assert "JSON Lines" in run("ask", "--help").stdout
