"""PDF documents: lines rejoined, running headers dropped, pages cited, notes kept apart."""
from __future__ import annotations

import io

import pytest

from qa.documents.load import load_document
from qa.errors import UnreadableDocument
from qa.documents.blocks import BODY, NOTE
from tests.helpers.documents import REPORT_PAGES, make_pdf, only, texts


@pytest.fixture(scope="module")
def report():
    return load_document("reports/field.pdf", make_pdf(REPORT_PAGES))


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
    assert "Page" not in body and "of 3" not in body
    assert [p.text[:20] for p in report.passages] == [
        "Convoys to Kidal too", "The engineering comp", "Helicopters flew cas",
        "Water trucks supplie"]


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


# ---- running headers are lines of most pages, nearly the same; data is not ------------------

def test_edge_lines_that_differ_in_their_figures_are_data_not_headers():
    pages = [["In 2019, 12 attacks were recorded on the road from Gao to Kidal.",
              None, "Convoys then travelled only with an armed escort."],
             ["In 2020, 31 attacks were recorded on the road from Gao to Kidal.",
              None, "The escort was doubled in the second half of the year."],
             ["In 2021, 45 attacks were recorded on the road from Gao to Kidal.",
              None, "Air transport replaced most convoys."]]
    body = texts(load_document("attacks.pdf", make_pdf(pages)))
    for figure in ("In 2019, 12 attacks", "In 2020, 31 attacks", "In 2021, 45 attacks"):
        assert figure in body


def test_header_on_two_pages_is_text_but_on_most_of_many_pages_furniture():
    def page(n, header):
        return [header, f"Patrol {n * 7} met no resistance on its way to Menaka and came back.",
                None, None, None, f"Annual report 2024 | {n}"]

    two = texts(load_document("two.pdf", make_pdf([page(1, "Sector East"),
                                                    page(2, "Sector East")])))
    assert "Sector East" in two
    many = [page(n, "Sector East" if n <= 3 else f"Annex {n}") for n in range(1, 6)]
    body = texts(load_document("five.pdf", make_pdf(many)))
    assert "Sector East" not in body and "Annual report" not in body
    assert "Annex 4" in body and "Annex 5" in body  # on two of five pages: text
    assert all(f"Patrol {n * 7} met" in body for n in range(1, 6))


def test_page_break_between_two_complete_sentences_ends_the_paragraph():
    pages = [["The convoy reached Gao on the third day."],
             ["The engineers began to rebuild the bridge."]]
    document = load_document("two.pdf", make_pdf(pages))
    assert [(p.page, p.text) for p in document.passages] == [
        (1, "The convoy reached Gao on the third day."),
        (2, "The engineers began to rebuild the bridge.")]
    assert document.passages[1].citation.startswith("two.pdf p.2")


# ---- encrypted PDFs ---------------------------------------------------------------------------

def _encrypted(algorithm: str, user_password: str = "") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(
        [["The convoy reached Gao on the third day."]]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_encrypted_without_a_password_is_read(algorithm):
    document = load_document("locked.pdf", _encrypted(algorithm))
    assert texts(document) == "The convoy reached Gao on the third day."


def test_pdf_that_asks_for_a_password_is_refused_saying_so():
    with pytest.raises(UnreadableDocument, match="locked.pdf is protected by a password"):
        load_document("locked.pdf", _encrypted("AES-128", user_password="secret"))


def test_aes_pdf_without_cryptography_says_what_to_install(tmp_path):
    """qa depends on cryptography; an installation without it gets a plain notice."""
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "locked.pdf").write_bytes(_encrypted("AES-256"))
    script = ("import sys; sys.modules['cryptography'] = None\n"
              "from qa.documents.load import load_document\n"
              "from qa.errors import UnreadableDocument\n"
              "try:\n"
              "    load_document('locked.pdf', open(sys.argv[1], 'rb').read())\n"
              "except UnreadableDocument as exc:\n"
              "    print(exc)\n")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "locked.pdf")],
                          capture_output=True, text=True, cwd=root, timeout=120)
    assert done.stdout.strip() == ("locked.pdf is encrypted with AES, and decrypting it needs "
                                   "the cryptography package: pip install cryptography")
