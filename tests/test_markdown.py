"""Markdown documents: headings as sections, syntax gone, lists and tables as passages."""
from __future__ import annotations

import pytest

from qa.documents.load import load_document
from qa.documents.blocks import NOTE
from tests.helpers.documents import FIXTURES, line_of, load_fixture, only, texts


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


# ---- nesting of any depth loses no text ------------------------------------------------------

def _md(text: str):
    return load_document("deep.md", text.encode())


def _list(depth: int) -> str:
    return "".join("  " * i + f"- item *level* {i}\n" for i in range(depth))


@pytest.mark.parametrize("depth", [10, 12, 40, 300])
def test_deeply_nested_list_is_one_passage_with_every_item(depth):
    document = _md("# Tasks\n\n" + _list(depth) + "\nAfter the list.\n")
    assert [p.text for p in document.passages] == [
        " ".join(f"item level {i}." for i in range(depth)), "After the list."]
    assert (document.passages[0].line_start, document.passages[0].line_end) == (3, depth + 2)


@pytest.mark.parametrize("depth", [5, 25, 80, 1000])
def test_deeply_nested_quotes_keep_their_paragraphs_and_lines(depth):
    quote = ">" * depth
    document = _md(f"{quote} Convoys left *Gao*\nat dawn.\n{quote}\n{quote} They reached Kidal.\n\n"
                   "Not quoted.\n")
    assert [(p.text, p.line_start, p.line_end) for p in document.passages] == [
        ("Convoys left Gao at dawn.", 1, 2), ("They reached Kidal.", 4, 4), ("Not quoted.", 6, 6)]


@pytest.mark.parametrize("depth", [3, 40])
def test_deep_mixed_quotes_and_lists_read_as_shallow_ones(depth):
    document = _md("> - " * depth + "mixed deep text\n\n" + "1. " * depth + "numbered\n\nAfter.\n")
    assert [p.text for p in document.passages] == ["mixed deep text.", "numbered.", "After."]


# ---- pathological markdown: text kept, no hang (speed: bench/pathological.py) ------------------

@pytest.mark.parametrize("text, kept", [
    ("*a " * 30_000 + "end", "*a *a *a"),
    ("**" * 30_000 + " Convoys reached Gao.", "Convoys reached Gao."),
    ("[" * 30_000 + "Convoys reached Gao.", "[[[Convoys reached Gao."),
    ("see [the map](http://example.org) " + "[a](" * 20_000, "[a]([a]("),
    (">" * 30_000 + " Convoys reached Gao.", "Convoys reached Gao."),
    ("Troops <sup>" * 20_000 + "left.", "Troops"),
])
def test_pathological_markdown_keeps_its_text_and_does_not_hang(text, kept):
    import time

    started = time.perf_counter()
    document = _md(text)
    assert time.perf_counter() - started < 300  # a hang guard only
    assert kept in texts(document)


def test_links_stay_links_in_ordinary_paragraphs():
    document = _md("See " + "[the map](http://example.org), " * 50 + "and more.")
    assert "[" not in texts(document) and "the map, the map" in texts(document)


def test_long_paragraph_read_in_pieces_keeps_its_words_and_lines(monkeypatch):
    import qa.documents.markdown as markdown

    text = "Convoys *reached* Gao after **three** days,\nand [the map](http://x) shows it. " * 300
    whole = _md(text)
    monkeypatch.setattr(markdown, "INLINE_PIECE", 2000)
    pieces = _md(text)
    assert [p.text.split() for p in pieces.passages] == [p.text.split() for p in whole.passages]
    assert [(p.line_start, p.line_end) for p in pieces.passages] == [
        (p.line_start, p.line_end) for p in whole.passages]
