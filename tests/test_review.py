"""Checking a draft in the library: each checkable sentence gets what `check` gives it as a claim,
parses remembered between sentences change no verdict, progress is reported, and a sentence the
checker refuses gets an error instead of ending the draft."""
from __future__ import annotations

import pytest

from qa.claims import check as engine, checkable, facts, review
from qa.claims.draft import read_draft
from qa.claims.review import check_draft
from qa.documents.markdown import markdown_document
from qa.documents.plain import chunk_text
from qa.errors import UsageError
from qa.index.build import build_index
from qa.types import CheckedSentence, SkippedSentence
from tests.conftest import FIXTURE_DOCS

DRAFT = ("# Memo\n\nThe Security Council authorized the mission in April 2014 by Resolution "
         "2100. Its mandate was renewed in June 2014, adding the protection of civilians. "
         "Why? This matters. Convoys to Kidal took up to four weeks.\n")


@pytest.fixture(scope="module")
def index():
    return build_index([markdown_document(n, t) if n.endswith(".md") else chunk_text(n, t)
                        for n, t in FIXTURE_DOCS.items()])


def test_each_checked_sentence_gets_what_check_gives_it(index):
    report = check_draft(index, read_draft("memo.md", DRAFT.encode()))
    kinds = [type(s) for s in report.sentences]
    assert kinds == [SkippedSentence, CheckedSentence, CheckedSentence, SkippedSentence,
                     SkippedSentence, CheckedSentence]
    for item in report.sentences:
        if isinstance(item, CheckedSentence):
            assert item.result == engine.check(index, item.at.sentence)
    assert report.contradicted and report.summary.verdicts["contradicted"] >= 1


def test_parses_are_remembered_and_change_no_verdict(index):
    draft = read_draft("memo.md", DRAFT.encode())
    shared = check_draft(index, draft)
    facts.parse.cache_clear()
    assert check_draft(index, draft) == shared
    remembered = facts.parse.cache_info()
    assert remembered.hits > 0 and remembered.currsize <= facts.PARSES
    assert engine.parse is facts.parse and checkable.parse is facts.parse  # nothing patched


def test_progress_counts_the_sentences_to_check(index):
    seen = []
    check_draft(index, read_draft("memo.md", DRAFT.encode()), progress=lambda *a: seen.append(a))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_a_sentence_the_checker_refuses_gets_an_error_and_the_draft_goes_on(index, monkeypatch):
    real = engine.check

    def refusing(index_, claim, globs=()):
        if "Kidal" in claim:
            raise UsageError("cannot check this one")
        return real(index_, claim, globs)

    monkeypatch.setattr(engine, "check", refusing)
    report = check_draft(index, read_draft("memo.md", DRAFT.encode()))
    last = report.sentences[-1]
    assert last.result.error == "cannot check this one" and last.result.verdict == "not_found"
    assert report.summary.checked == 3
