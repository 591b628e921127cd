"""File formats of users' own folders: plain text, markdown, HTML and PDF become clean passages."""
from __future__ import annotations

import io
import re
from dataclasses import asdict
from pathlib import Path

import pytest

from qa.chunk import chunk_text
from qa.formats import SUFFIXES, UnreadableDocument, load_document
from qa.passage import BODY, NOTE, Passage

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def load_fixture(name: str, as_name: str | None = None):
    return load_document(as_name or name, (FIXTURES / name).read_bytes())


def texts(document) -> str:
    return "\n".join(p.text for p in document.passages)


def only(document, phrase: str) -> Passage:
    found = [p for p in document.passages if phrase in p.text]
    assert len(found) == 1, f"{phrase!r} in {len(found)} passages"
    return found[0]


def line_of(path: Path, phrase: str) -> int:
    """1-based number of the line of `path` that contains `phrase`."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if phrase in line)


# ---- a tiny PDF writer: pages of Helvetica text lines, no dependency ----------------------------

def make_pdf(pages: list[list], leading: int = 14) -> bytes:
    """A PDF whose pages hold the given lines, top-down from y=750.

    A line is a string (11 pt) or a (string, size) pair; None leaves a blank line's worth of
    space (a paragraph gap).
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                            b"/Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops, y = [], 750
        for line in lines:
            if line is not None:
                text, size = (line, 11) if isinstance(line, str) else line
                escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"BT /F1 {size} Tf 72 {y} Td ({escaped}) Tj ET")
                y -= size - 11  # bigger type takes more room
            y -= leading
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objects))
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1,
                                                                               xref)
    return bytes(out)


REPORT_PAGES = [
    ["Quarterly Field Report",
     ("Road Security in the North", 18),
     None,
     "Convoys to Kidal took up to four weeks because armed groups cut the roads",
     "and planted explosive devices along the main supply routes.",
     None,
     "The engineering company started the reconstruction of the bridge at Gao in",
     "March, after the rainy season had washed away two of its spans, and the recon-",
     None, None, None, None,
     "Page 1 of 2"],
    ["Quarterly Field Report",
     "struction work was finished before the end of the year by local contractors.",
     None,
     ("Medical Evacuation", 18),
     None,
     "Helicopters flew casualties from Tessalit to the hospital in Gao within hours.",
     None, None, None, None, None, None, None, None, None, None,
     "Page 2 of 2"],
]


@pytest.fixture(scope="module")
def report():
    return load_document("reports/field.pdf", make_pdf(REPORT_PAGES))


# ---- dispatch ----------------------------------------------------------------------------------

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


# ---- markdown ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def guide():
    return load_fixture("guide.md", "docs/guide.md")


def test_markdown_first_h1_is_the_title_and_headings_are_sections(guide):
    assert guide.title == "Field Guide to the Northern Sector"
    assert only(guide, "Convoys to Kidal").section == ""
    assert only(guide, "prepare the folder").section == "Setup"
    assert only(guide, "Bamako to Gao").section == "Distances"
    assert only(guide, "Language skills").section == "Setext Section"
    assert all(p.title == guide.title for p in guide.passages)


def test_markdown_syntax_goes_and_link_text_stays(guide):
    first = only(guide, "Convoys to Kidal")
    assert first.text == ("Convoys to Kidal took up to four weeks, and the mission relied on "
                          "helicopters when armed groups cut the roads. Engineers rebuilt the "
                          "bridge at Gao in 2015.")
    body = texts(guide)
    for remnant in ("**", "*", "](", "![", "https://", "heli.png", "a helicopter", "[^1]", "<"):
        assert remnant not in body, remnant


def test_markdown_paragraph_lines_point_into_the_file(guide):
    path = FIXTURES / "guide.md"
    first = only(guide, "Convoys to Kidal")
    assert (first.line_start, first.line_end) == (line_of(path, "Convoys to"),
                                                  line_of(path, "Engineers rebuilt"))
    note = only(guide, "recommendation of the 2019 review")
    assert note.kind == NOTE and note.line_start == line_of(path, "[^1]:")


def test_markdown_list_is_one_readable_passage_with_its_introduction(guide):
    items = only(guide, "Install the tool")
    assert items.text == ("Before asking questions, prepare the folder: Install the tool with "
                          "pip. Run the index once. it takes a few seconds. Ask a question!")
    path = FIXTURES / "guide.md"
    assert (items.line_start, items.line_end) == (line_of(path, "prepare the folder"),
                                                  line_of(path, "- Ask"))
    assert only(guide, "qa ask").text == 'qa ask "How long did convoys take?"'  # not the list


def test_markdown_code_tables_and_html_blocks(guide):
    assert only(guide, "qa ask").text == 'qa ask "How long did convoys take?"'
    assert only(guide, "Gao to Kidal").text == "Gao to Kidal | 4 weeks"
    assert only(guide, "Peacekeepers from Chad").text.startswith("Peacekeepers")
    assert "Zebracorn" not in texts(guide)  # a script inside an HTML block


def test_markdown_front_matter_gives_the_title_and_is_not_text():
    text = ("---\ntitle: \"Mission Notes\"\nauthor: someone\n---\n\n# Overview Heading\n\n"
            "The mission had three tasks.\n")
    document = load_document("notes.markdown", text.encode())
    assert document.title == "Mission Notes"
    assert texts(document) == "The mission had three tasks."
    assert document.passages[0].section == "" and document.passages[0].line_start == 8


# ---- HTML --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def page():
    return load_fixture("page.html", "sub/dir/page.html")


def test_html_scripts_styles_and_page_chrome_never_reach_a_passage(page):
    body = texts(page)
    for word in ("beaconMarmoset", "scriptWombat", "cascadingQuokka", "NewsSiteBannerWord",
                 "MenuWordPelican", "footerFerret", "asideWalrus", "noscriptNarwhal",
                 "formFlamingo", "svgTextTapir", "svgTitleTapir", "hiddenHedgehog",
                 "commentedOutOcelot"):
        assert word not in body, word
    assert not re.search(r"[<>]|&\w+;|\{|\}", body)


def test_html_title_from_title_element_and_source_keeps_the_folder(page):
    assert page.title == "Mali & the Mission – Lessons"
    assert {p.source for p in page.passages} == {"sub/dir/page.html"}
    assert page.passages[0].citation.startswith("sub/dir/page.html ¶1 (lines ")


def test_html_blocks_become_clean_paragraphs_with_their_lines(page):
    path = FIXTURES / "page.html"
    lead = only(page, "authorized in April 2013")
    assert lead.text == ("The mission was authorized in April 2013 by Resolution 2100, with "
                         "12,000 uniformed personnel.")
    assert lead.section == "Peacekeeping in Mali"  # the article's h1: a section, not the title
    assert (lead.line_start, lead.line_end) == (line_of(path, '<p class="lead">'),
                                                line_of(path, "personnel.</p>"))
    convoys = only(page, "Convoys to Kidal")
    assert convoys.section == "Convoys"
    assert convoys.text == ("Convoys to Kidal took up to four weeks — roads were cut by armed "
                            "groups. Helicopters were the only alternative.")
    assert only(page, "Improvised").text == ("Improvised explosive devices. Ambushes on supply "
                                             "routes. mostly in the north.")
    assert only(page, "directly in a div").text.startswith("Text directly")
    assert only(page, "Kidal | 3").text == "Kidal | 3"


def test_html_without_title_element_takes_the_first_h1():
    html = ("<html><body><h1>Lessons <b>Learned</b></h1><p>Training was short.</p>"
            "<h2>Language</h2><p>Officers should speak French.</p></body></html>")
    document = load_document("lessons.htm", html.encode())
    assert document.title == "Lessons Learned"
    assert [(p.section, p.text) for p in document.passages] == [
        ("", "Training was short."), ("Language", "Officers should speak French.")]


def test_html_list_joins_the_paragraph_that_introduces_it():
    html = ("<p>The mission had three tasks:</p>\n<ol><li>protect civilians</li>\n"
            "<li>support the elections;</li>\n<li>stabilise the north</li></ol>\n"
            "<p>It had no mandate to fight terrorism.</p>")
    document = load_document("tasks.html", html.encode())
    assert [(p.text, p.line_start, p.line_end) for p in document.passages] == [
        ("The mission had three tasks: protect civilians. support the elections; stabilise "
         "the north.", 1, 4),
        ("It had no mandate to fight terrorism.", 5, 5)]


def test_html_unclosed_paragraphs_and_list_items_still_separate():
    html = "<p>First paragraph here.<p>Second paragraph here.<ul><li>one<li>two</ul><p>After."
    document = load_document("loose.html", html.encode("cp1252"))
    assert [p.text for p in document.passages] == [
        "First paragraph here.", "Second paragraph here.", "one. two.", "After."]


# ---- PDF ---------------------------------------------------------------------------------------

def extracted_lines(data: bytes) -> list[str]:
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split("\n")


def test_pdf_paragraph_over_a_page_break_is_one_passage_on_its_first_page(report):
    bridge = only(report, "bridge at Gao")
    assert bridge.page == 1
    assert bridge.text == ("The engineering company started the reconstruction of the bridge at "
                           "Gao in March, after the rainy season had washed away two of its "
                           "spans, and the reconstruction work was finished before the end of "
                           "the year by local contractors.")
    assert not any("recon-" in p.text or p.text.startswith("struction") for p in report.passages)


def test_pdf_passage_on_page_two_has_page_two_and_cites_it(report):
    helicopters = only(report, "Helicopters flew casualties")
    assert helicopters.page == 2
    assert helicopters.section == "Medical Evacuation"
    assert helicopters.citation.startswith("reports/field.pdf p.2 ¶")


def test_pdf_repeated_header_and_page_footer_are_dropped(report):
    body = texts(report)
    assert "Quarterly Field Report" not in body
    assert "Page" not in body and "of 2" not in body
    assert [p.text[:20] for p in report.passages] == [
        "Convoys to Kidal too", "The engineering comp", "Helicopters flew cas"]


def test_pdf_title_headings_and_line_numbers(report):
    assert report.title == "Road Security in the North"
    assert only(report, "Convoys to Kidal").section == ""
    lines = extracted_lines(make_pdf(REPORT_PAGES))
    for passage in report.passages:
        first, last = lines[passage.line_start - 1], lines[passage.line_end - 1]
        assert passage.text.startswith(first.strip())
        assert passage.text.endswith(last.strip())
    assert only(report, "bridge at Gao").line_end > only(report, "bridge at Gao").line_start + 1


def test_pdf_paragraph_ending_at_page_foot_is_not_joined_to_the_next():
    pages = [["Troops of the mission were deployed in the north of the country in the",
              "second half of the year, and their camps were attacked twice before the end",
              "of the rainy season.",
              "A short closing line follows here.",
              ],
             ["A new commander arrived in June and reorganised the logistics of the sector",
              "so that convoys could travel more safely."]]
    document = load_document("short.pdf", make_pdf(pages))
    assert [(p.page, p.text[:24]) for p in document.passages] == [
        (1, "Troops of the mission we"), (1, "A short closing line fol"),
        (2, "A new commander arrived ")]


def test_pdf_footnote_at_page_foot_stays_a_note_and_the_paragraph_goes_on():
    pages = [["The mission deployed more troops to the north of the country in the second half",
              "of the year than planned, and the camps at Kidal and Tessalit were reinforced with",
              "engineers, medical staff and", None,
              ("12 Figures from the force headquarters, December 2014.", 8)],
             ["additional helicopters from several contributing countries.", None,
              ("Logistics", 16), None, "Supplies came by road from Niamey."]]
    document = load_document("notes.pdf", make_pdf(pages))
    assert [(p.page, p.kind, p.section) for p in document.passages] == [
        (1, BODY, ""), (1, NOTE, ""), (2, BODY, "Logistics")]
    body, note, _ = document.passages
    assert body.text.endswith("engineers, medical staff and additional helicopters from several "
                              "contributing countries.")
    assert note.text == "Figures from the force headquarters, December 2014."


def test_pdf_bullets_make_one_list_with_their_introduction():
    pages = [["The mission was given three tasks by the Security Council in its first mandate:",
              "\u2022 Protect civilians under imminent threat of physical violence",
              "\u2022 Support the transitional authorities in organising the elections of",
              "   the year", None,
              "Nothing in the mandate allowed counter-terrorism operations by the mission itself."]]
    document = load_document("tasks.pdf", make_pdf(pages))
    assert [p.text for p in document.passages] == [
        "The mission was given three tasks by the Security Council in its first mandate: "
        "Protect civilians under imminent threat of physical violence. Support the transitional "
        "authorities in organising the elections of the year.",
        "Nothing in the mandate allowed counter-terrorism operations by the mission itself."]


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n",
    make_pdf(REPORT_PAGES)[:300],
    b"",
])
def test_corrupt_pdf_is_unreadable(data):
    with pytest.raises(UnreadableDocument):
        load_document("broken.pdf", data)


def test_pdf_without_text_layer_is_unreadable():
    with pytest.raises(UnreadableDocument, match="no text"):
        load_document("scan.pdf", make_pdf([[], []]))


# ---- the Passage type --------------------------------------------------------------------------

def test_page_is_optional_and_cited_only_when_set():
    plain = Passage("a.txt", 3, 10, 12, "T", "", BODY, "Text.")
    assert plain.page is None and plain.citation == "a.txt ¶3 (lines 10-12)"
    paged = Passage("r.pdf", 5, 40, 47, "T", "", BODY, "Text.", page=2)
    assert paged.citation == "r.pdf p.2 ¶5 (lines 40-47)"
    assert Passage(**asdict(paged)) == paged  # the stored index round-trips the new field
    stored_before = {k: v for k, v in asdict(plain).items() if k != "page"}
    assert Passage(**stored_before) == plain


def test_corpus_lists_exactly_the_formats_that_can_be_read():
    from qa import corpus, formats

    assert corpus.TEXT_SUFFIXES == formats.SUFFIXES


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
