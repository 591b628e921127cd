"""Reading a draft: its extracted text laid out in blocks, each sentence with offsets that cut it
out of that text and the line of the file where it starts, in every format the corpus takes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.claims.draft import format_name, read_draft
from qa.errors import UsageError
from qa.types import BlockKind
from tests.helpers.documents import make_pdf

DRAFTS = Path(__file__).resolve().parent / "fixtures" / "drafts"


def read(name: str, text: str | bytes):
    return read_draft(name, text.encode("utf-8") if isinstance(text, str) else text)


def sentences(draft) -> list[str]:
    return [s.sentence for s, _ in draft.sentences]


def line_of_each(draft) -> dict[str, int]:
    return {s.sentence: s.line for s, _ in draft.sentences}


def test_the_fixture_draft_in_order_with_offsets_and_the_lines_it_starts_on():
    path = DRAFTS / "draft.md"
    draft = read_draft(str(path), path.read_bytes())
    labels = [json.loads(line) for line in (DRAFTS / "draft_labels.jsonl").open()]
    kinds = [draft.blocks[b].kind for _, b in draft.sentences]
    assert kinds.count(BlockKind.TITLE) == 1 and kinds.count(BlockKind.HEADING) == 3
    body = [s.sentence for s, b in draft.sentences if draft.blocks[b].kind == "paragraph"]
    assert body == [label["sentence"] for label in labels]
    lines = path.read_text(encoding="utf-8").split("\n")
    for sentence, _ in draft.sentences:
        assert draft.text[sentence.start:sentence.end] == sentence.sentence
        assert sentence.sentence[:25] in lines[sentence.line - 1]


def test_blocks_are_separated_by_a_blank_line_and_headings_are_whole():
    draft = read("notes.md",
                 "# Title of it\n\nFirst one. Second one.\n\n## A. Part two\n\nThird.\n")
    assert draft.text == "Title of it\n\nFirst one. Second one.\n\nA. Part two\n\nThird."
    assert [b.kind for b in draft.blocks] == ["title", "paragraph", "heading", "paragraph"]
    assert sentences(draft) == ["Title of it", "First one.", "Second one.", "A. Part two",
                                "Third."]


WRAPPED_MARKDOWN = (
    "# Notes\n\nThe convoy left Gao in May 2019 and\nreached Kidal a week later. Its escort\n"
    "was Chadian. The **road** was cut\nby [armed groups](http://x.org) twice.\n\n"
    "- Protect civilians\n- Support the elections\n")
HTML_WITH_ENTITIES = (
    "<html><head><title>Draft memo</title></head><body>\n<h1>Draft</h1>\n"
    "<p>The regions of Mopti and S&eacute;gou\nwere hit hard. Troops &amp; police stayed.</p>\n"
    "<h2>Later</h2>\n<p>Nothing changed.</p>\n</body></html>\n")


@pytest.mark.parametrize("name, text, lines", [
    ("notes.md", WRAPPED_MARKDOWN, {  # hard-wrapped: each sentence on the line it starts on
        "Notes": 1, "The convoy left Gao in May 2019 and reached Kidal a week later.": 3,
        "Its escort was Chadian.": 4, "The road was cut by armed groups twice.": 5,
        "Protect civilians.": 8, "Support the elections.": 9}),
    ("draft.html", HTML_WITH_ENTITIES, {  # entities decoded; the h1 after the <title>
        "Draft memo": 1, "Draft": 2, "The regions of Mopti and Ségou were hit hard.": 3,
        "Troops & police stayed.": 4, "Later": 5, "Nothing changed.": 6}),
])
def test_each_sentence_gets_the_line_of_the_file_it_starts_on(name, text, lines):
    assert line_of_each(read(name, text)) == lines


def test_a_repeated_sentence_start_is_found_in_order():
    draft = read("notes.md", "Troops left. Troops left Gao.\nTroops left Kidal.\n")
    assert [s.line for s, _ in draft.sentences] == [1, 1, 2]


def test_block_quotes_are_marked_in_markdown_and_html():
    md = read("notes.md", "Plain text here.\n\n> Quoted words here.\n> More of them.\n")
    assert [b.quoted for b in md.blocks] == [False, True]
    page = ("<html><body>\n<p>Plain text here.</p>\n<blockquote>\n<p>Quoted one.</p>\n"
            "<p>Quoted two.</p>\n</blockquote>\n<p>Plain again.</p>\n</body></html>\n")
    html = read("page.html", page)
    assert [b.quoted for b in html.blocks] == [False, True, True, False]


def test_plain_text_without_a_title_line_has_no_title_block():
    draft = read("memo.txt", "The convoy left Gao in May. It reached Kidal in June.\n")
    assert [b.kind for b in draft.blocks] == ["paragraph"]
    assert sentences(draft) == ["The convoy left Gao in May.", "It reached Kidal in June."]


def test_pdf_lines_count_lines_of_the_extracted_text():
    pdf = make_pdf([["Convoys left Gao in May 2019 for Kidal.",
                     "The escort was Chadian and stayed a week.", None,
                     "Helicopters flew the wounded to Bamako."]])
    draft = read("report.pdf", pdf)
    by_start = {s.sentence.split()[0]: s.line for s, _ in draft.sentences}
    assert by_start["Convoys"] == 1 and by_start["Helicopters"] == 3


def test_standard_input_is_read_in_the_format_its_bytes_show():
    assert format_name(b"%PDF-1.4 ...") == "stdin.pdf"
    assert format_name(b"  <!DOCTYPE html><html>") == "stdin.html"
    assert format_name(b"# Title\n\nText.") == "stdin.md"
    draft = read("-", "<html><body><p>Troops left Gao.</p></body></html>")
    assert draft.name == "standard input" and sentences(draft) == ["Troops left Gao."]


@pytest.mark.parametrize("data, fragment", [
    (b"", "has no text to check"),
    (b"  \n\n \t\n", "has no text to check"),
    (b"\x00\x01\x02binary", "binary"),
    (b"%PDF-1.4 not really", "not a readable PDF"),
])
def test_a_draft_that_is_not_a_document_is_a_usage_error(data, fragment):
    with pytest.raises(UsageError, match=fragment):
        read_draft("-" if data.startswith(b"%PDF") else "draft.txt", data)
