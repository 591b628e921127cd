"""Readings of a reviewer's and a scientist's writing (invented documents and claims):
- a unit's exponent ("°C yr-1", "W m-2") is no figure (`qa.claims.unit_exponents`);
- "over" before a range of years gives the span, not a lower bound (`qa.claims.period_over`);
- two hedged figures written as years are the same only if equal (`hedged_years_apart`);
- an adverb between the text and its verb of saying ("The paper correctly says that P")
  keeps the frame the text's own; one that discredits it ("wrongly") doubts P
  (`qa.claims.saying_adverbs`, `qa.claims.document_voice`)."""
import pytest

from qa.claims.check import check
from qa.claims.document_voice import document_frame, text_doubts
from qa.claims.facts import numbers
from qa.claims.saying_adverbs import discrediting
from tests.conftest import port_report

PARAGRAPHS = (
    "Readings from the buoys on Lake Virmen indicate that the lake cooled (between 1971 "
    "and 2004) by an average of 0.021 °C per year.",
    "Between 1988 and 2015, the Talsk glacier lost 38% of its ice volume to summer melt.",
    "The Brenna canal trade collapsed around 1860, after the railway reached the valley.",
    "The Orsk council closed the northern pier in March 2030 after the storm damaged "
    "its pilings.",
    # the frame's words written elsewhere, so that they weigh in the claim
    "The authors of the harbour survey state that the ledgers before 1950 are incomplete; "
    "the manuscript correctly and accurately notes each gap in the records.",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return port_report(tmp_path_factory, *PARAGRAPHS)


def verdict(corpus, claim):
    return check(corpus, claim).verdict.value


@pytest.mark.parametrize("text, values", [
    ("a rate of 0.021 °C yr-1.", [0.021]),
    ("0.44 ± 0.12 t C ha-1 yr-1 between", [0.44, 0.12]),
    ("a sensitivity of 0.7 K (W m-2)-1, the rise", [0.7]),
    # no unit's exponent: a name of a model, a score, a road after a year
    ("the F-16 jet", [16]),
    ("won 3-1 in the final", [3, 1]),
    ("In 2004 the M-1 motorway", [2004, 1]),
])
def test_a_units_exponent_is_no_figure(text, values):
    assert [m.value for m in numbers(text)] == values


@pytest.mark.parametrize("text, found", [
    ("lost 38% over 1988–2015.", [("year", ""), ("year", "")]),
    ("rose over 1990 to 2010.", [("year", ""), ("year", "")]),
    ("over 1990 troops", [("count", "lower")]),
    ("over 300 troops", [("count", "lower")]),
])
def test_over_before_a_range_of_years_is_its_span(text, found):
    assert [(m.family, m.bound) for m in numbers(text) if m.family != "percent"] == found


@pytest.mark.parametrize("claim", [
    "Lake Virmen cooled between 1971 and 2004 by an average of ~0.021 °C yr-1.",
    "The Talsk glacier lost 38% of its ice volume to summer melt over 1988–2015.",
    "The manuscript correctly records that the Orsk council closed the pier in 2030.",
    "The manuscript accurately says that the Orsk council closed the pier in 2030.",
])
def test_supported(corpus, claim):
    assert verdict(corpus, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # a hedged year a century off is another year, not a count rounded
    "The Brenna canal trade collapsed around 1760, after the railway reached the valley.",
    # the text judged wrong: it asserts the opposite of its clause
    "The manuscript wrongly states that the Orsk council closed the pier in 2030.",
])
def test_not_supported(corpus, claim):
    assert verdict(corpus, claim) != "supported"


def test_the_frame_with_an_adverb_is_the_texts_own():
    frame = document_frame("The authors rightly observe that the pier closed.")
    assert frame is not None and frame.clause == "The pier closed."
    assert document_frame("The authors incorrectly state that the pier closed.") is None
    assert text_doubts("The authors falsely state that the pier closed.")
    assert not text_doubts("The authors correctly say that the pier closed.")


@pytest.mark.parametrize("adverb, wrong", [
    ("correctly", False), ("accurately", False), ("rightly", False), ("briefly", False),
    ("wrongly", True), ("incorrectly", True), ("falsely", True), ("erroneously", True),
    ("mistakenly", True),
])
def test_an_adverb_that_discredits_the_saying(adverb, wrong):
    assert discrediting(adverb) == wrong
