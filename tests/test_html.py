"""HTML documents: the text of block elements, page chrome dropped, lines cited."""
from __future__ import annotations

import re

import pytest

from qa.documents.load import load_document
from tests.helpers.documents import FIXTURES, line_of, load_fixture, only, texts


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


# ---- pathological markup is read in linear time, its text kept ---------------------------------
# Hang guards only (the quadratic reader took 234 s on the first case); speed is measured in
# bench/pathological.py.

HANG_GUARD = 300  # seconds


@pytest.mark.parametrize("html, text", [
    ("<b><i>" * 50_000 + "Convoys reached Gao.", "Convoys reached Gao."),
    ("<p>" + "<b>x" * 50_000 + "</p>", "x" * 50_000),
    ("<p>Convoys reached Gao. " + "<a " * 50_000, "Convoys reached Gao. <a <a"),
    ("<p>Convoys reached Gao.</p>" + "<!-- x > " * 20_000, "Convoys reached Gao."),
    ("<p>Convoys reached Gao.</p>" + "<![CDATA[ x > " * 20_000, "Convoys reached Gao."),
    ("<div>" * 30_000 + "Convoys reached Gao." + "</div>" * 30_000, "Convoys reached Gao."),
    ("<ul><li>" + "<b>" * 300 + "<li>item</li>" * 20_000, "item. item. item."),
    ("<table><tr>" + "<td>cell" * 20_000, "cell | cell | cell"),
])
def test_pathological_html_keeps_its_text_and_does_not_hang(html, text):
    import time

    started = time.perf_counter()
    document = load_document("odd.html", html.encode())
    assert time.perf_counter() - started < HANG_GUARD
    assert text in texts(document)


def test_unclosed_tags_after_the_last_closing_bracket_read_as_text():
    document = load_document("odd.html", b"<p>Gao is near the river.</p><p>1 <b 2 <!-- 3")
    assert texts(document).split("\n") == ["Gao is near the river.", "1 <b 2 <!-- 3"]
