"""A that-clause that asks for a deed (a mandative subjunctive: "insists that the board hire",
"suggests that the board should hire") is no statement of the deed done, whatever verb
frames it: "insist" and "suggest" both assert and ask, and only the clause's grammar tells
(`unasserted.mandative_places`). Invented text."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.unasserted import mandative_places
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the harbour board hired ten new pilots for the northern quays.",
        "The auditors insisted that the ferry guild repaint its four tenders before winter.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    "The report insists that the harbour board hire ten new pilots for the northern quays.",
    "The study suggests that the harbour board hire ten new pilots for the northern quays.",
    "The report suggests that the harbour board should hire ten new pilots for the "
    "northern quays.",
    "Officials suggested that the harbour board hire ten new pilots for the northern quays."])
def test_a_deed_asked_for_is_not_told_by_the_deed_done(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The report notes that the harbour board hired ten new pilots for the northern quays.",
    "The report suggests that the harbour board hired ten new pilots for the northern quays.",
    "The auditors insisted that the ferry guild repaint its four tenders before winter."])
def test_a_deed_told_done_or_asked_alike_is_still_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_a_deed_told_done_is_not_told_by_a_clause_asking_for_it(harbour):
    claim = "The ferry guild repainted its four tenders before winter."
    assert check(harbour, claim).verdict != "supported"


def places(text):
    parsed = parse(text, vocabulary_for(Analyzer()))
    return {parsed.tokens[k].word for k in mandative_places(parsed)}


def test_the_clause_grammar_tells_asking_from_telling():
    assert places("They insist that the harbour board hire ten pilots.") == {"hire"}
    assert places("They insist that he resign.") == {"resign"}
    assert places("They ask that the pilots be paid in May.") == {"paid"}
    assert places("They say that the board of the port should hire pilots.") == {"hire"}
    assert not places("They insist that the board hired ten pilots.")
    assert not places("They insist that the pilots hire a boat.")  # plural: indicative
    assert not places("They note that the board opened a new ferry terminal.")
    assert not places("They found that the price rise was small.")
    assert not places("They found that a storm surge near the quay drowned two guests.")
