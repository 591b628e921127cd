"""Records a script writes and the dates they carry (round 80, branch released87).

A record of "field: value" pairs ("Event: pier closure; Date: 2031-03; Motion: not
carried") is read as its values' facts (`qa.claims.record_fields`): a field's name that
only says what kind of value follows ("Event", "Date") is no word a sentence must state, and
a name before a figure or a predicate ("Motion: not carried") is its subject, not a party set
aside by the colon. A record whose evidence leaves a field unstated is not found
(`qa.claims.record_check`). Dates of a year first, ISO's basic form and a month alone beside
its year ("2031/03/14", "20310314", "2031-03", "03/2031") are read as dates
(`qa.claims.numeric_dates`): a claim so dated was supported by a sentence of another month.
The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.numeric_dates import numeric_dates
from qa.claims.record_fields import record_read
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velm_harbour.txt": (
        "Velm harbour",
        "On 14 March 2031, the Velm port authority closed the north pier after a crane "
        "collapsed onto the quay.",
        "In June 2032, the Velm harbour council adopted the new mooring levy, but the motion "
        "was not carried by all, with Brenna and Tolk abstaining.",
        "The levy was expected to raise 4,200 crowns a year for dredging.",
    ),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_articles(tmp_path_factory, "released87-harbour", ARTICLES)


@pytest.mark.parametrize("claim", [
    "The Velm port authority closed the north pier on 2031/03/14.",
    "The Velm port authority closed the north pier on 20310314.",
    "The Velm port authority closed the north pier on 2031.03.14.",
    "The Velm port authority closed the north pier in 2031-03.",
    "The Velm port authority closed the north pier in 03/2031.",
])
def test_date_of_a_year_first_or_a_month_alone_is_supported(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "supported"
    assert not result.unverified


@pytest.mark.parametrize("claim", [
    "The Velm port authority closed the north pier on 2031/04/14.",
    "The Velm port authority closed the north pier on 20310414.",
    "The Velm harbour council adopted the new mooring levy in 2032-07.",
    "The Velm harbour council adopted the new mooring levy in 07/2032.",
])
def test_date_of_another_month_is_contradicted(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "contradicted"
    assert any(c.kind == "date" for e in result.evidence for c in e.conflicts)


@pytest.mark.parametrize("text, month, year", [
    ("in 2031-03", 3, 2031), ("in 2031/03", 3, 2031), ("in 03/2031", 3, 2031),
    ("in 3/2031", 3, 2031), ("in 03.2031", 3, 2031), ("on 20310314", 3, 2031),
    ("on 2031/3/14", 3, 2031),
])
def test_dates_in_figures_read(text, month, year):
    found = numeric_dates(text)
    assert ("month", month) in [(f[0], f[1]) for f in found]
    assert ("year", year) in [(f[0], f[1]) for f in found]


@pytest.mark.parametrize("text", [
    "the 2011-12 season",  # a span of years whose end the month could be
    "a 2009/10 budget",  # a fiscal year
    "a share of 3.2031",  # a decimal
    "code 12345678",  # eight figures that are no date
    "symbol S/2031/03",
])
def test_figures_that_are_no_date(text):
    assert numeric_dates(text) == []


@pytest.mark.parametrize("claim", [
    "Event: north pier closure; Date: 2031-03-14; Authority: Velm port authority",
    "event: north pier closure | date: 2031/03/14 | authority: Velm port authority",
    "Date: 14.03.2031, Event: north pier closure, Authority: Velm port authority",
    "Event: mooring levy adopted; Date: 2032-06; Motion: not carried by all; Abstaining: Brenna, "
    "Tolk",
])
def test_record_stated_by_a_sentence_is_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "Event: north pier closure; Date: 2031-04-14; Authority: Velm port authority",
    "Authority: Velm port authority | Event: north pier closure | Date: 20310514",
])
def test_record_of_another_date_is_contradicted(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


def test_record_with_a_field_no_sentence_states_is_not_supported(harbour):
    result = check(harbour, "Event: mooring levy adopted; Date: 2032-06; Tolk position: "
                            "endorsed")
    assert result.verdict != "supported"


@pytest.mark.parametrize("record, read", [
    ("Event: pier closure; Date: 2031-03; Motion: not carried",
     "pier closure; 2031-03; Motion not carried"),
    ("Levy: 4,200 crowns; Purpose: dredging", "Levy 4,200 crowns; dredging"),
    ("Hosts: Velm council | Tolk council; Year: 2032", "Velm council, Tolk council; 2032"),
])
def test_record_read_as_its_facts(record, read):
    assert record_read(record) == read


@pytest.mark.parametrize("claim", [
    "The plan had two parts: a cut, and a rise: both failed.",
    "Note: the board met at 10:30",
    "The council closed the pier in 2031.",
])
def test_claims_that_are_no_record_stay(claim):
    assert record_read(claim) == claim
