"""Fuzzing the query side: ranking, answer extraction, claim checking and draft checking with
generated questions, claims and drafts (punctuation runs, every script, mixed scripts, control
and zero-width characters, emoji, numbers and dates, very long words) over a corpus that holds
English, Russian, Greek, Arabic, Chinese and punctuation-heavy text.

Whatever the input, a call either returns a result whose JSON encodes and whose citations point
into the corpus, or raises the library's own `UsageError` with a one-line message: never any
other exception. The command line maps exactly these two outcomes to its output and exit codes.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import qa
from qa.errors import QAError

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

MIXED_DOCS = {
    "report.txt": (
        "Convoys and Casualties\n\n"
        "On 14 November 2022, 174 peacekeepers had been killed; the convoy near Gao was attacked "
        "(again!) by armed groups -- see p. 12... The mission's mandate was renewed in June.\n\n"
        "!!! Warning \"B\"\n\n"
        "... The tower fell. ?! ... (1) [2] {3} <4> § ¶ †\n"
    ),
    "mixed.md": (
        "# Отчёт\n\n"
        "Конвой был атакован возле Гао. Миротворцы MINUSMA погибли 3 марта 2021 года.\n\n"
        "Η αποστολή ανανεώθηκε τον Ιούνιο. Ο στρατός του Μάλι αποχώρησε.\n\n"
        "أعلنت الحكومة الانتقالية انسحاب القوات في ديسمبر.\n\n"
        "联合国马里多层面综合稳定团于2023年撤离。维和人员在加奥遭到袭击。\n\n"
        "Mixed: the MINUSMA 维和 mission (миссия) ended 2023 — 🇲🇱 ✔.\n"
    ),
}

WORDS = ["peacekeepers", "convoy", "Gao", "killed", "mandate", "renewed", "June", "174",
         "MINUSMA", "Конвой", "атакован", "Гао", "αποστολή", "Μάλι", "الحكومة", "维和", "加奥",
         "2023", "14 November 2022", "not", "never", "more than", "Who", "How many", "When"]
ODD = ["...", "?!", "!!!", "—", "–", "-", "'", '"', "«", "»", "(", ")", "[", "]", "%s%n",
       "\u200b", "\u200d", "\ufeff", "\u202e", "\x00", "\x1b[31m", "\t", "\r", "\n", "🇲🇱",
       "😀", "\u0301", "ß", "İ", "ﬁ", "Ⅻ", "½", "٣", "०", "\U0001F600" * 3, "a" * 300]


def pieces():
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                     st.text(min_size=1, max_size=12))


inputs = st.lists(pieces(), min_size=1, max_size=14).map(" ".join)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed-docs")
    for name, text in MIXED_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return qa.open(folder, index=tmp_path_factory.mktemp("mixed-index") / "index")


def assert_passage_in_corpus(corpus, source: str, paragraph: int) -> None:
    shown = corpus.show(source, paragraph)
    assert shown.source == source and shown.paragraph == paragraph


def assert_single_line_error(error: QAError) -> None:
    message = str(error)
    assert message and "\n" not in message and "\r" not in message, repr(message)


@SETTINGS
@given(question=inputs, k=st.integers(min_value=1, max_value=12))
def test_ask_returns_cited_passages_or_a_usage_error(corpus, question, k):
    try:
        result = corpus.ask(question, k=k, explain=True)
    except QAError as error:
        assert_single_line_error(error)
        return
    assert len(result.results) <= k
    assert [hit.rank for hit in result.results] == list(range(1, len(result.results) + 1))
    for hit in result.results:
        assert_passage_in_corpus(corpus, hit.passage.source, hit.passage.paragraph)
    if result.answer is not None:
        assert any(hit.passage.source == result.answer.source
                   and hit.passage.paragraph == result.answer.paragraph
                   for hit in result.results)
    json.dumps(result.to_dict(), ensure_ascii=False)


@SETTINGS
@given(claim=inputs)
def test_check_returns_a_verdict_or_a_usage_error(corpus, claim):
    try:
        result = corpus.check(claim)
    except QAError as error:
        assert_single_line_error(error)
        return
    assert result.verdict in ("supported", "contradicted", "not_found")
    assert 0.0 <= result.confidence <= 1.0
    for evidence in result.evidence:
        assert_passage_in_corpus(corpus, evidence.hit.passage.source,
                                 evidence.hit.passage.paragraph)
    json.dumps(result.to_dict(), ensure_ascii=False)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(sentences=st.lists(inputs, min_size=1, max_size=6),
       joiner=st.sampled_from([". ", "\n\n", "\r\n", "\r", "? ", "! ", "\n# "]))
def test_draft_checking_never_raises_anything_else(corpus, sentences, joiner):
    from qa.claims.draft import read_draft
    from qa.claims.review import check_draft

    draft = joiner.join(sentences)
    try:
        report = check_draft(corpus._current(), read_draft("draft.md", draft.encode("utf-8")))
    except QAError as error:
        assert_single_line_error(error)
        return
    for item in report.sentences:
        assert 0 <= item.at.start <= item.at.end <= len(report.text)
    json.dumps(report.to_dict(), ensure_ascii=False)
