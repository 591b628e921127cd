"""Seeded random documents through the readers, chunking, sentence splitting and analysis:
punctuation-heavy, non-Latin, mixed-script, control-character and emoji text, with LF, CRLF
and CR line endings. Each case must read without an exception, lose no letter of its text
(every letter of the input is in some passage, section or title: the generators use no
construct that a rule drops as page furniture), and cite valid lines and sentence spans.

Plain pytest with `random.Random(seed)`: the same cases on every run, a failure names its
seed (`pytest tests/test_fuzz_documents.py -k "plain and 17"`).
"""
from __future__ import annotations

import html
import random
from collections import Counter

import pytest

from qa.documents.load import load_document
from qa.documents.plain import chunk_text
from qa.text.analyze import Analyzer, split_words
from qa.text.sentences import split_sentences

CASES = 100  # per format

# Words no rule drops: no month names, page-number look-alikes, all-capital headers, bullet
# letters or boilerplate headings; several scripts, with their combining marks. (By rule, a
# heading is kept as the section of the passages below it: one with none below carries no
# passage, so the markdown generator gives each heading a line.)
WORDS = ("convoy patrols reached Gao after armed groups attacked the road bridge engineers "
         "rebuilt camp civilians protection water supply Отчёт Конвой атакован возле Гао "
         "колонна Η συνοδεία δέχθηκε επίθεση κοντά στο Γκάο القافلة تعرضت لهجوم قرب غاو "
         "车队在加奥附近遭到袭击 報告 ガスの供給 ภาษาไทย หมู่บ้าน हिन्दी भाषा समाचार 한국어 보고서 "
         "עברית מִלָּה Ségou Côte d’Ivoire naïve façade").split()
PUNCT = list(".,;:!?…()\"'“”‘’«»—–-/%#=+|") + ["...", "?!", "。", "！", "？", "؟", "।"]
EMOJI = ["🚀", "✓", "❤️", "👩‍👩‍👧", "🇲🇱", "☀", "🙂"]
CONTROLS = ["\t", "\x0b", "\x0c", "\x1b", "\x7f", "\u200b", "\u00ad", "\ufeff", "\x85"]
ENDINGS = ["\n", "\r\n", "\r"]


def letters(text: str) -> Counter:
    return Counter(c for c in text if c.isalpha())


def phrase(rng: random.Random, words: int) -> str:
    out = []
    for _ in range(words):
        roll = rng.random()
        if roll < 0.7:
            out.append(rng.choice(WORDS))
        elif roll < 0.82:
            out.append(rng.choice(PUNCT) * rng.randint(1, 3))
        elif roll < 0.9:
            out.append(rng.choice(EMOJI))
        elif roll < 0.95:
            out.append(str(rng.randint(0, 99999)))
        else:
            out.append(rng.choice(WORDS) + rng.choice(CONTROLS) + rng.choice(WORDS))
    glue = rng.choice([" ", " ", " ", "", "  "])  # sometimes no spaces at all
    return glue.join(out)


def plain_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 30)):
        roll = rng.random()
        lines.append("" if roll < 0.25 else phrase(rng, rng.randint(1, 25)))
    return rng.choice(ENDINGS).join(lines)


def markdown_text(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 25)):
        text = phrase(rng, rng.randint(1, 15)).replace("!", "").replace("<", "")
        text = text.replace("[", "(").replace("]", ")").replace("~", "").replace("&", "+")
        text = text.replace("\\", "")
        prefix = rng.choice(["", "", "", "# ", "## ", "- ", "* ", "1. ", "> ", "  - ",
                             "> " * rng.randint(2, 40), "  " * rng.randint(1, 30) + "- "])
        if rng.random() < 0.15:
            text = f"*{text}* and **{rng.choice(WORDS)}** with [{rng.choice(WORDS)}](#1)"
        lines.append("" if rng.random() < 0.2 else prefix + text)
        if prefix.startswith("#"):  # a heading is the section of what follows it: give it one
            lines.append(phrase(rng, 3).replace("<", "").replace("[", "(").replace("!", ""))
    return rng.choice(ENDINGS).join(lines)


def html_text(rng: random.Random) -> tuple[str, str]:
    """An HTML page and the text it holds (what must survive)."""
    parts, kept = [], []
    for _ in range(rng.randint(1, 15)):
        text = phrase(rng, rng.randint(1, 15))
        kept.append(text)
        body = html.escape(text)
        if rng.random() < 0.3:
            body = f"<b>{body}</b>" if rng.random() < 0.5 else f"<i><a href='#'>{body}</a></i>"
        parts.append(rng.choice([f"<p>{body}</p>", f"<h2>{body}</h2>", f"<ul><li>{body}</li></ul>",
                                 f"<table><tr><td>{body}</td></tr></table>", f"<div>{body}",
                                 f"<blockquote>{body}</blockquote>", f"{body}<br>"]))
        if parts[-1].startswith("<h2>"):  # a heading is the section of what follows it
            kept.append(rng.choice(WORDS))
            parts.append(f"<p>{html.escape(kept[-1])}</p>")
    page = "<html><body>" + rng.choice(["\n", "\r\n", "\r", ""]).join(parts) + "</body></html>"
    return page, " ".join(kept)


def assert_document_holds(text: str, document, file_text: str) -> None:
    out = " ".join([document.title] + [f"{p.section} {p.text}" for p in document.passages])
    lost = letters(text) - letters(out)
    assert not lost, f"letters lost: {dict(lost)}"
    lines = len(file_text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert [p.paragraph for p in document.passages] == list(range(1, len(document.passages) + 1))
    for p in document.passages:
        assert 1 <= p.line_start <= p.line_end <= lines, p.citation
        assert p.text and p.text == p.text.strip()


def assert_analysis_holds(passage_text: str, analyzer: Analyzer) -> None:
    spans = split_sentences(passage_text)
    assert all(0 <= s < e <= len(passage_text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    covered = "".join(passage_text[s:e] for s, e in spans)
    assert letters(covered) == letters(passage_text)
    terms = analyzer.terms(passage_text)
    assert all(term and not any(c.isspace() for c in term) for term in terms)
    assert all(word for word in split_words(passage_text))


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.mark.parametrize("seed", range(CASES))
def test_plain(seed, analyzer):
    text = plain_text(random.Random(seed))
    document = chunk_text("fuzz.txt", text)
    assert_document_holds(text, document, text)
    assert load_document("fuzz.txt", text.encode()) == document
    for passage in document.passages:
        assert_analysis_holds(passage.text, analyzer)


@pytest.mark.parametrize("seed", range(CASES))
def test_markdown(seed, analyzer):
    text = markdown_text(random.Random(1000 + seed))
    document = load_document("fuzz.md", text.encode())
    assert_document_holds(text, document, text)
    for passage in document.passages:
        assert_analysis_holds(passage.text, analyzer)


@pytest.mark.parametrize("seed", range(CASES))
def test_html(seed, analyzer):
    page, kept = html_text(random.Random(2000 + seed))
    document = load_document("fuzz.html", page.encode())
    assert_document_holds(kept, document, page)
    for passage in document.passages:
        assert_analysis_holds(passage.text, analyzer)
