"""Reading a source file: suffix dispatch, text encodings, binary files, and a folder mixing
every format indexed and searched with its citations."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from qa.documents.files import SUFFIXES
from qa.documents.load import load_document
from qa.documents.plain import chunk_text
from qa.errors import UnreadableDocument
from tests.helpers.documents import FIXTURES, REPORT_PAGES, make_pdf, only, texts


def test_suffixes_cover_every_supported_format():
    assert SUFFIXES == (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf")


def test_plain_text_is_chunked_as_before():
    text = "The Mandate\n\nThe Security Council authorized the mission in April 2013.\n"
    assert load_document("notes/mandate.TXT", text.encode()) == chunk_text("notes/mandate.TXT",
                                                                           text)


def test_text_encodings_are_decoded():
    text = "# Côte d’Ivoire\n\nTroops from Côte d’Ivoire served in Mali.\n"
    document = load_document("civ.md", text.encode("utf-16"))
    assert document.title == "Côte d’Ivoire"
    assert "Troops from Côte d’Ivoire served in Mali." in texts(document)


@pytest.mark.parametrize("name", ["data.txt", "data.md", "data.html"])
def test_binary_file_is_unreadable(name):
    with pytest.raises(UnreadableDocument):
        load_document(name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_mixed_folder_is_indexed_and_every_format_is_found_with_its_citation(tmp_path):
    """The issue's acceptance case: .txt, .md, nested .html and a two-page .pdf in one folder."""
    import json

    from typer.testing import CliRunner

    from cli import app

    folder = tmp_path / "mixed"
    (folder / "web" / "2024").mkdir(parents=True)
    (folder / "notes.txt").write_text("Patrols around Menaka doubled after the ambush.\n\n"
                                      "The camp kitchen served three meals a day.\n",
                                      encoding="utf-8")
    (folder / "guide.md").write_bytes((FIXTURES / "guide.md").read_bytes())
    (folder / "web" / "2024" / "page.html").write_bytes((FIXTURES / "page.html").read_bytes())
    (folder / "field.pdf").write_bytes(make_pdf(REPORT_PAGES))

    def top(question):
        result = CliRunner().invoke(app, ["ask", question, "--json", "--corpus", str(folder)])
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["results"][0]

    assert top("Where did patrols double after the ambush?")["source"] == "notes.txt"
    assert top("When were the engineers rebuilding the Gao bridge?")["source"] in {
        "guide.md", "field.pdf"}
    html = top("Which resolution authorized the mission with uniformed personnel?")
    assert html["source"] == "web/2024/page.html"
    pdf = top("How were casualties flown from Tessalit?")
    assert pdf["source"] == "field.pdf" and pdf["page"] == 2 and "p.2" in pdf["citation"]
    for hidden in ("beaconMarmoset", "cascadingQuokka", "MenuWordPelican", "footerFerret"):
        result = CliRunner().invoke(app, ["ask", hidden, "--json", "--corpus", str(folder)])
        assert result.exit_code == 1 and json.loads(result.stdout)["results"] == []


# ---- line endings: CRLF, CR alone and a mix read as the lines an editor shows ----------

CR_TEXT = ("The Mandate\n\nThe Security Council authorized the mission in April 2013.\n\n"
           "Troops from Chad served in Kidal.\nThey patrolled the town at night.\n\n"
           "Engineers rebuilt the Gao bridge.\n")


@pytest.mark.parametrize("name", ["notes.txt", "notes.md", "notes.html"])
@pytest.mark.parametrize("ending", ["\r", "\r\n"])
def test_cr_and_crlf_line_endings_read_like_lf(name, ending):
    if name.endswith(".html"):
        text = "".join(f"<p>{block}</p>\n\n" for block in CR_TEXT.split("\n\n"))
    else:
        text = CR_TEXT
    expected = load_document(name, text.encode())
    got = load_document(name, text.replace("\n", ending).encode())
    assert got == expected and len(got.passages) >= 3


def test_mixed_line_endings_lose_no_sentence():
    text = ("The Mandate\r\n\r\nThe Security Council authorized the mission in April 2013.\r"
            "\rTroops from Chad served in Kidal.\nThey patrolled the town at night.\r\n\r"
            "Engineers rebuilt the Gao bridge.\r")
    document = load_document("mixed.txt", text.encode())
    joined = texts(document)
    for sentence in ("authorized the mission in April 2013.", "Troops from Chad served",
                     "They patrolled the town at night.", "Engineers rebuilt the Gao bridge."):
        assert sentence in joined
    bridge = only(document, "Gao bridge")
    assert (bridge.line_start, bridge.line_end) == (8, 8)  # line 7 is the lone `\r`


def test_batch_lines_end_with_cr_crlf_or_lf(tmp_path):
    from qa.inputs import read_batch

    path = tmp_path / "batch.txt"
    path.write_bytes(b"first question\rsecond question\r\nthird question\nfourth\r")
    assert [line.text for line in read_batch(str(path))] == [
        "first question", "second question", "third question", "fourth"]


# ---- binary files behind a UTF-16 byte-order mark -------------------------------------


@pytest.mark.parametrize("name", ["data.txt", "data.md", "data.html"])
def test_binary_file_starting_with_a_utf16_bom_is_unreadable(name):
    import random

    rng = random.Random(12)
    noise = bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(UnreadableDocument, match="binary"):
        load_document(name, b"\xff\xfe" + noise)


def test_binary_text_check_spares_text_in_any_script():
    from qa.documents.load import is_binary_text

    for text in ("Отчёт о конвое.", "Η συνοδεία δέχθηκε επίθεση.", "هاجم المسلحون القافلة",
                 "车队在加奥附近遭到袭击。", "Tab\tand form\ffeed 🚀✓", ""):
        assert not is_binary_text(text * 50)
    assert is_binary_text("text\x00more") and is_binary_text("\ufffd\ue000\U000f0000" * 10)


def test_utf16_binary_is_skipped_with_a_notice_naming_it(tmp_path):
    import random

    from qa.documents.files import SourceFile
    from qa.documents.load import read_source

    path = tmp_path / "blob.txt"
    rng = random.Random(3)
    path.write_bytes(b"\xff\xfe" + bytes(rng.randrange(256) for _ in range(2000)))
    document, info = read_source(SourceFile("blob.txt", path, path.stat().st_size, 0))
    assert document is None and "blob.txt" in info.notice and "binary" in info.notice


# ---- a reader that fails skips its document, never the build ---------------------------


def _folder_with_a_bad_markdown_file(tmp_path, count: int):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        (folder / f"note{i:03}.txt").write_text(
            f"Convoy {i} reached Gao after a long drive through the desert.\n", encoding="utf-8")
    (folder / "bridge.txt").write_text("Engineers rebuilt the bridge at Ansongo.\n",
                                       encoding="utf-8")
    (folder / "broken.md").write_text("# Broken\n\nPatrols met armed groups near Kidal.\n",
                                      encoding="utf-8")
    return folder


def _raise(*_args, **_kwargs):
    raise RecursionError("maximum recursion depth exceeded")


@pytest.mark.parametrize("count", [2, 40])  # 40: on worker processes
def test_document_whose_reader_raises_is_skipped_with_a_notice_naming_it(tmp_path, monkeypatch,
                                                                        count):
    import json

    from typer.testing import CliRunner

    from cli import app
    from qa.documents import markdown

    monkeypatch.setattr(markdown, "markdown_document", _raise)
    folder = _folder_with_a_bad_markdown_file(tmp_path, count)
    result = CliRunner().invoke(app, ["index", "--json", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == ["broken.md"]
    assert "broken.md" in result.stderr and "RecursionError" in result.stderr
    asked = CliRunner().invoke(app, ["ask", "Ansongo bridge", "--json", "--corpus", str(folder)])
    assert asked.exit_code == 0 and json.loads(asked.stdout)["results"]


def test_document_whose_analysis_raises_is_skipped_with_a_notice_naming_it(tmp_path,
                                                                          monkeypatch):
    import json

    from typer.testing import CliRunner

    from cli import app
    from qa.index import build

    real = build.analyze_document

    def fail_on_broken(document, analyzer, *codec):
        return _raise() if document.source == "broken.md" else real(document, analyzer, *codec)

    monkeypatch.setattr(build, "analyze_document", fail_on_broken)
    folder = _folder_with_a_bad_markdown_file(tmp_path, 2)
    result = CliRunner().invoke(app, ["index", "--json", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["skipped"] == ["broken.md"]
    assert "skipped broken.md" in result.stderr


# ---- text in any script is indexed and found -------------------------------------------

SCRIPTS = {
    "ru.txt": ("Отчёт\n\nКонвой был атакован возле Гао.\n", "Конвой Гао"),
    "el.txt": ("Αναφορά\n\nΗ συνοδεία δέχθηκε επίθεση κοντά στο Γκάο.\n", "συνοδεία Γκάο"),
    "ar.md": ("# تقرير\n\nتعرضت القافلة لهجوم قرب غاو.\n", "القافلة غاو"),
    "zh.html": ("<h1>报告</h1><p>车队在加奥附近遭到袭击。</p>", "车队在哪里遭到袭击"),
}


def test_questions_in_other_scripts_find_their_passages(tmp_path):
    import json

    from typer.testing import CliRunner

    from cli import app

    for name, (text, _question) in SCRIPTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "en.txt").write_text("Engineers rebuilt the bridge at Ansongo.\n",
                                     encoding="utf-8")
    for name, (_text, question) in SCRIPTS.items():
        result = CliRunner().invoke(app, ["ask", question, "--json", "--corpus", str(tmp_path)])
        assert result.exit_code == 0, (name, result.stderr)
        assert json.loads(result.stdout)["results"][0]["source"] == name


def test_text_that_yields_no_passage_is_named_in_a_notice(tmp_path):
    from qa.documents.files import SourceFile
    from qa.documents.load import read_source

    path = tmp_path / "menu.html"
    path.write_text("<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>", encoding="utf-8")
    document, info = read_source(SourceFile("menu.html", path, path.stat().st_size, 0))
    assert document is not None and not document.passages
    assert "menu.html" in info.notice and "no passage" in info.notice
    path.write_text("<p>   </p>", encoding="utf-8")  # nothing to say about a file without text
    assert read_source(SourceFile("menu.html", path, path.stat().st_size, 0))[1].notice == ""


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(max_codepoint=127, exclude_characters="\x00"), max_size=200),
       st.integers(0, 40))
def test_ascii_text_counts_the_odd_characters_of_the_general_rule(text, controls):
    import unicodedata

    from qa.documents.load import _LAYOUT_CONTROLS, _NOT_TEXT, is_binary_text

    text += "\x07\x1b\x1f\x7f\t\n\x0b\x0c\r"[controls % 9] * controls
    odd = sum(1 for c in text[:8192]
              if unicodedata.category(c) in _NOT_TEXT and c not in _LAYOUT_CONTROLS)
    assert is_binary_text(text) == (odd > 0.05 * max(len(text[:8192]), 1))
