"""Dates in figures alone ("14/11/2021", "2021-11-14", "14.11.2021") read as a day, a month
and a year in claims and sources alike (`qa.claims.numeric_dates`): a claim dated so is
supported by a sentence of that date and contradicted by one of another day; a source dated
so states its date to a claim that writes the month in words. "03/04/2022" may be either
order: it is read both ways (`qa.claims.open_readings`), and states neither to a claim. The
texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.numeric_dates import numeric_dates
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Orsk_ferry.txt": (
        "Orsk ferry line",
        "On 11 November 2021, the Orsk ferry authority suspended night crossings to Tella "
        "after a storm damaged the east pier."),
    "Pell_log.txt": (
        "Pell harbour log",
        "2022-06-18: the Pell harbour board closed the fish market for a week of repairs.",
        "On 03/04/2022 the board reopened the slipway to small boats only."),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("harbour"), ARTICLES)


@pytest.mark.parametrize("claim", [
    "On 11/11/2021 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 2021-11-11 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    # the source's date in figures, the claim's in words
    "On 18 June 2022 the Pell harbour board closed the fish market for a week of repairs.",
])
def test_date_in_figures_of_the_same_day_is_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "On 14/11/2021 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 11/14/2021 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 2021-11-14 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 14.11.2021 the Orsk ferry authority suspended night crossings to Tella after a storm "
    "damaged the east pier.",
    "On 21 June 2022 the Pell harbour board closed the fish market for a week of repairs.",
])
def test_date_in_figures_of_another_day_is_contradicted(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "contradicted"
    assert any(c.kind == "date" for e in result.evidence for c in e.conflicts)


def test_day_and_month_of_either_order_state_no_day(harbour):
    result = check(harbour, "On 3 April 2022 the board reopened the slipway to small boats "
                            "only.")
    assert result.verdict == "not_found"
    assert "3 April" in result.unverified


@pytest.mark.parametrize("text, read", [
    ("on 14/11/2021 at", [("month", 11, 3, 8, 14), ("year", 2021, 9, 13, 0)]),
    ("on 11/14/2021 at", [("month", 11, 3, 8, 14), ("year", 2021, 9, 13, 0)]),
    ("on 2021-11-14T09:30", [("month", 11, 8, 13, 14), ("year", 2021, 3, 7, 0)]),
    ("on 14.11.2021 at", [("month", 11, 3, 8, 14), ("year", 2021, 9, 13, 0)]),
    # either order: the day-first reading, with the family that says the other is open
    ("on 03/04/2022 at", [("either", 4, 3, 8, 3), ("year", 2022, 9, 13, 0)]),
    ("on 14-11-2021 at", [("month", 11, 3, 8, 14), ("year", 2021, 9, 13, 0)]),
])
def test_dates_in_figures_are_read(text, read):
    assert sorted(numeric_dates(text)) == sorted(read)


@pytest.mark.parametrize("text", [
    "document S/2023/402 of the council",  # a document symbol
    "it rose 14.5 points",
    "on 45/13/2021 at",  # no day and month in either order
    "on 2021-13-01 at",
    "version 1.2.2021b",
])
def test_other_figures_are_no_dates(text):
    assert numeric_dates(text) == []
