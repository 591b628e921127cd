"""Human output: highlighting, neutralised control characters, and a pinned-width golden text."""
from rich.console import Console

from qa.documents.plain import chunk_text
from qa.index.build import build_index
from qa.render import highlight, render_ask
from qa.search.ask import ask
from qa.search.highlight import highlight_spans, spans_of
from qa.terminal import printable
from tests.conftest import FIXTURE_DOCS


def test_highlight_styles_every_form_of_a_query_term():
    plain = "Peacekeepers and a peacekeeper, not peace."
    text = highlight(plain, spans_of(plain, {"peacekeepers", "peacekeeper"}))
    styled = [text.plain[s.start:s.end] for s in text.spans]
    assert styled == ["Peacekeepers", "peacekeeper"]


def test_printable_makes_control_characters_visible():
    assert printable("a\x1b[2Jb\x07c\u202ed\ne") == "a\\x1b[2Jb\\x07c\\x202ed\\x0ae"


def test_ask_renders_answer_citation_and_passages_golden():
    index = build_index([chunk_text(n, t) for n, t in FIXTURE_DOCS.items()])
    result = ask(index, "How many peacekeepers were killed?", 2)
    console = Console(width=72, record=True, color_system=None, file=open("/dev/null", "w"))
    render_ask(console, result, highlight_spans(result, index.analyzer))
    rendered = [line.rstrip() for line in console.export_text().splitlines()]
    assert rendered == GOLDEN.splitlines()


# The second passage holds "peacekeepers" itself: its synonyms ("personnel") rank after it.
GOLDEN = """\
╭─ Answer ─────────────────────────────────────────────────────────────╮
│ Convoys to Kidal took up to four weeks, and 174 peacekeepers were    │
│ killed in the decade.                                                │
│ convoys.txt ¶3 (lines 7-7)                                           │
╰──────────────────────────────────────────────────────────────────────╯
1. Road Convoys  convoys.txt ¶3 (lines 7-7)  score 4.96
Convoys to Kidal took up to four weeks, and 174 peacekeepers were killed
in the decade.

2. Road Convoys  convoys.txt ¶1 (lines 3-3)  score 1.22
Peacekeepers travelling in road convoys were exposed to improvised
explosive devices.

"""
