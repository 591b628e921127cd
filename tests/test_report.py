"""The HTML report of a checked draft: one self-contained page (nothing fetched, one script of
its own), every sentence marked and linked to its evidence, every cited passage inside it, and
all draft and corpus text escaped. Read with the standard library's parser, then in a real
headless Chromium where one is installed."""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers.cli import run

MARKS = {"supported": "✓", "contradicted": "✗", "not_found": "?"}
INJECTED_SOURCE = ('Peacekeepers escorted 40 convoys to Tessalit in 2019 '
                   '<script>document.title="pwned"</script> under fire.')
INJECTED_DRAFT = ('Peacekeepers escorted 40 convoys to Tessalit in 2019. '
                  'Nobody read <img src=x onerror="document.title=1"> this part, nor '
                  '</script><script>document.title=2</script> that one.\n')


class Page(HTMLParser):
    """The elements of a page (tag, attributes), the text of each sentence and of each passage
    (without the verdict marks), and the document's title."""

    def __init__(self, page: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.sentences: dict[str, str] = {}
        self.passages: dict[str, str] = {}
        self.title, self.open = "", []  # open: (tag, id to collect text for, skip text?)
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        classes = attrs.get("class", "").split()
        collect = attrs.get("id") if ("s" in classes or "passage" in classes) else None
        if tag not in ("meta", "br", "link", "img", "input"):
            # the verdict marks, and a passage's citation heading, are not the text
            self.open.append((tag, collect, "m" in classes or (tag == "h3" and not classes)))

    def handle_endtag(self, tag):
        while self.open and self.open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if any(skip for _, _, skip in self.open):
            return
        if self.open and self.open[-1][0] == "title":
            self.title += data
        for _, collect, _ in self.open:
            if collect and collect.startswith("s"):
                self.sentences[collect] = self.sentences.get(collect, "") + data
            elif collect:
                self.passages[collect] = self.passages.get(collect, "") + data

    def all(self, tag: str) -> list[dict]:
        return [attrs for t, attrs in self.elements if t == tag]

    def by_id(self) -> dict[str, tuple[str, dict]]:
        return {attrs["id"]: (tag, attrs) for tag, attrs in self.elements if "id" in attrs}


def test_the_page_is_self_contained(draft_as_json):
    page = Page(draft_as_json.page)
    assert len(page.all("script")) == 1 and not page.all("link") and not page.all("img")
    assert not [attrs for _, attrs in page.elements if "src" in attrs]
    policy = next(m["content"] for m in page.all("meta") if m.get("http-equiv"))
    assert policy.startswith("default-src 'none';") and "script-src 'sha256-" in policy
    ids = page.by_id()
    for link in page.all("a"):
        assert link["href"].startswith("#") and link["href"][1:] in ids, link


def test_every_sentence_is_marked_with_its_verdict_and_has_its_evidence(draft_as_json):
    objects, page = draft_as_json.objects[:-1], Page(draft_as_json.page)
    ids = page.by_id()
    for n, o in enumerate(objects):
        tag, attrs = ids[f"s{n}"]
        kind = "skipped" if "skipped" in o else f"v-{o['verdict']}"
        assert tag == "a" and attrs["class"] == f"s {kind}" and attrs["href"] == f"#d{n}"
        assert page.sentences[f"s{n}"] == o["sentence"]
        assert ids[f"d{n}"][1]["class"] == "detail"
    assert draft_as_json.page.count('class="s ') == len(objects)


def test_every_cited_passage_is_in_the_page_whole(draft_as_json):
    objects, page = draft_as_json.objects[:-1], Page(draft_as_json.page)
    cited = {e["citation"]: e["text"] for o in objects for e in o.get("evidence", [])}
    headings = [(attrs["id"], text) for attrs, text in passage_headings(draft_as_json.page)]
    assert {text for _, text in headings} == set(cited)
    for pid, citation in headings:
        assert cited[citation] in page.passages[pid]


def passage_headings(page: str):
    """(attributes of each passage article, the citation in its heading)."""
    found = []
    for chunk in page.split('<article class="passage" id="')[1:]:
        pid = chunk.split('"', 1)[0]
        citation = chunk.split("<h3>", 1)[1].split("</h3>", 1)[0]
        found.append(({"id": pid}, citation.replace("&#x27;", "'").replace("&amp;", "&")))
    return found


def test_the_summary_is_on_the_page(draft_as_json):
    summary = draft_as_json.objects[-1]["summary"]
    page = draft_as_json.page
    for verdict, mark in MARKS.items():
        assert f"{mark} {summary[verdict]} {verdict.replace('_', ' ')}</span>" in page
    assert f"– {summary['skipped']} skipped (4 headings, 3 questions, 1 quotation" in page


@pytest.fixture
def injected(tmp_path) -> Path:
    """A report of a draft and a corpus that both hold markup, `<script>` included."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "convoys.txt").write_text(INJECTED_SOURCE + "\n", encoding="utf-8")
    for n, other in enumerate(["The mission relied on helicopters.", "Elections were held.",
                               "Police officers were trained in Gao.", "Rains came late."]):
        (corpus / f"other{n}.txt").write_text(other + "\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(INJECTED_DRAFT, encoding="utf-8")
    report = tmp_path / "report.html"
    result = run("check", "--document", tmp_path / "draft.txt", "--html", report,
                 "--corpus", corpus, "-q")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("✓")  # the passage with the markup is cited
    return report


def test_draft_and_corpus_text_are_escaped(injected):
    page = injected.read_text(encoding="utf-8")
    parsed = Page(page)
    assert len(parsed.all("script")) == 1 and not parsed.all("img")
    assert parsed.title == "qa check: draft.txt"
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;document.title=1&quot;&gt;" in page
    assert '<script>document.title' not in page and "<img" not in page
    passage = next(iter(parsed.passages.values()))
    assert INJECTED_SOURCE in passage  # the source's markup is shown as the text it is


# ---- in a real browser -------------------------------------------------------------------------

BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                if shutil.which(name)), None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")


def browse(url: str, profile: Path, *action: str) -> subprocess.CompletedProcess:
    """Headless Chromium with no network services, loading `url` and doing `action`."""
    return subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu",
                           "--disable-background-networking", "--disable-component-update",
                           "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                           *action, url], capture_output=True, text=True, timeout=120)


@needs_browser
def test_in_a_browser_the_script_runs_and_nothing_injected_does(injected, tmp_path):
    dom = browse(injected.as_uri() + "#s0", tmp_path / "profile", "--dump-dom").stdout
    assert "<title>qa check: draft.txt</title>" in dom  # no injected script set it
    assert '<body class="js">' in dom  # the report's own script ran
    parsed = Page(dom)
    assert len(parsed.all("script")) == 1 and not parsed.all("img")
    shown = [attrs["id"] for attrs in parsed.all("section") if "shown" in attrs.get("class", "")]
    assert shown == ["d0"]  # report.html#s0 opens with the first sentence's evidence
    assert "&lt;script&gt;document.title=" in dom


@needs_browser
def test_in_a_browser_the_fixture_report_opens_on_a_sentence_and_renders(draft_as_json, tmp_path):
    objects = draft_as_json.objects[:-1]
    n = next(i for i, o in enumerate(objects) if o.get("verdict") == "contradicted")
    url = draft_as_json.report.as_uri() + f"#s{n}"
    dom = Page(browse(url, tmp_path / "profile", "--dump-dom").stdout)
    current = [attrs["id"] for attrs in dom.all("a") if "current" in attrs.get("class", "")]
    shown = [attrs["id"] for attrs in dom.all("section") if "shown" in attrs.get("class", "")]
    assert current == [f"s{n}"] and shown == [f"d{n}"]
    shot = tmp_path / "report.png"
    browse(url, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,1600")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
