"""Human output: highlighting, neutralised control characters, and a pinned-width golden text."""
from rich.console import Console

from qa.build import build_index
from qa.chunk import chunk_text
from qa.ask import ask
from qa.render import highlight, render_ask
from qa.terminal import clean
from tests.conftest import FIXTURE_DOCS


def test_highlight_styles_every_form_of_a_query_term():
    text = highlight("Peacekeepers and a peacekeeper, not peace.", {"peacekeepers", "peacekeeper"})
    styled = [text.plain[s.start:s.end] for s in text.spans]
    assert styled == ["Peacekeepers", "peacekeeper"]


def test_clean_makes_control_characters_visible():
    assert clean("a\x1b[2Jb\x07c\u202ed") == "a\\x1b[2Jb\\x07c\\u202ed".replace("\\u202e", "\\x202e")


def test_ask_renders_answer_citation_and_passages_golden():
    index = build_index([chunk_text(n, t) for n, t in FIXTURE_DOCS.items()])
    result = ask(index, "How many peacekeepers were killed?", 2)
    console = Console(width=72, record=True, color_system=None, file=open("/dev/null", "w"))
    render_ask(console, result, index.analyzer)
    rendered = [line.rstrip() for line in console.export_text().splitlines()]
    assert rendered == GOLDEN.splitlines()


GOLDEN = """\
╭─ Answer ─────────────────────────────────────────────────────────────╮
│ Convoys to Kidal took up to four weeks, and 174 peacekeepers were    │
│ killed in the decade.                                                │
│ convoys.txt ¶3 (lines 7-7)                                           │
╰──────────────────────────────────────────────────────────────────────╯
1. Road Convoys  convoys.txt ¶3 (lines 7-7)  score 4.96
Convoys to Kidal took up to four weeks, and 174 peacekeepers were killed
in the decade.

2. The Mandate  mandate.txt ¶3 (lines 7-7)  score 1.59
France proposed 2,069 additional uniformed personnel for the central
sector.

"""
