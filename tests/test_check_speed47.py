"""Work `qa check` does once that it did again for every claim or every pair (round 47,
speed47): a short text's terms (`Analyzer.terms`), the neighbours a passage's sentences are
read with (`check.linked`), and the offset opener pattern (`reckoned.NEXT_RE`), with the
answers they give unchanged. Invented sentences."""
import pytest

import qa.claims.check as check_module
import qa.text.analyze as analyze
from qa.claims.check import check
from qa.claims.reckoned import NEXT_RE
from qa.text.analyze import SHORT_TEXT, Analyzer
from tests.conftest import port_report


@pytest.fixture
def counted_splits(monkeypatch):
    """How many texts `split_words` has split since the test began."""
    calls = []
    split = analyze.split_words
    monkeypatch.setattr(analyze, "split_words", lambda text: calls.append(text) or split(text))
    return calls


def test_a_short_text_is_split_once(counted_splits):
    analyzer = Analyzer(stemmer=lambda word: word)
    first = analyzer.terms("the Harbour Board")
    again = analyzer.terms("the Harbour Board")
    assert first == again == ["harbour", "board"]
    assert counted_splits == ["the Harbour Board"]


def test_a_remembered_list_is_the_callers_own():
    analyzer = Analyzer(stemmer=lambda word: word)
    first = analyzer.terms("ferry service")
    first.append("changed by the caller")
    assert analyzer.terms("ferry service") == ["ferry", "service"]


def test_a_long_text_is_not_kept(counted_splits):
    # a passage indexed, a sentence checked: split each time, never held in the memory
    analyzer = Analyzer(stemmer=lambda word: word)
    text = "The ferry service to the islands was suspended on 28 December 2021."
    assert len(text) > SHORT_TEXT
    assert analyzer.terms(text) == analyzer.terms(text)
    assert len(counted_splits) == 2 and text not in analyzer.short_terms


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The dock workers' union of Valmora called a strike in March 2019. It ended the "
        "strike two weeks later. The port authority then agreed to pay half of the arrears.",
        "The regional court ruled on the case in June 2020. These judges had rejected an "
        "earlier appeal by the union.")


CLAIMS = ["The dock workers' union of Valmora called a strike in March 2019.",
          "The port authority agreed to pay half of the arrears.",
          "The regional court ruled on the case in June 2021."]


def test_a_passages_links_are_found_once(harbour, monkeypatch):
    calls = []
    linked = check_module.linked
    monkeypatch.setattr(check_module, "linked",
                        lambda sentences, i: calls.append(i) or linked(sentences, i))
    for claim in CLAIMS:
        check(harbour, claim)
    first = len(calls)
    assert first  # the passages were new: their links found
    check(harbour, "The union of Valmora ended the strike in April 2019.")
    assert len(calls) == first  # the same passages again: nothing found anew


@pytest.mark.parametrize("claim, verdict", [
    ("The dock workers' union of Valmora called a strike in March 2019.", "supported"),
    ("The regional court ruled on the case in June 2021.", "contradicted"),
    ("The port authority closed the western pier in 2019.", "not_found"),
])
def test_verdicts_with_remembered_links(harbour, claim, verdict):
    # asked after other claims have met the same passages
    for other in CLAIMS:
        check(harbour, other)
    assert check(harbour, claim).verdict.value == verdict


@pytest.mark.parametrize("text, found", [
    ("The next day, the mayor promised to restore it.", "next day"),
    ("On the same day the pier closed.", "same day"),
    ("Later that month, inspectors returned.", "that month"),
    ("That year the terminal was sold.", "That year"),
    ("The week before, the court had ruled.", "week before"),
    ("Earlier that year the union struck.", "that year"),
    ("The inspectors left the next morning.", None),
    ("Nothing happened.", None),
])
def test_offset_openers_still_found(text, found):
    match = NEXT_RE.search(text)
    assert (match is not None and match.group().endswith(found)) if found else match is None
