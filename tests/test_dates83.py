"""Times of day and dates in figures whose order the writing does not tell.

A time ("06:45", "6.45 a.m.", "0645 hrs", "14h30", "14.30 Uhr", "2022-10-18T23:15Z") is read
as the minute of the day it gives (`qa.claims.clock_times`): stated by the same time in any
form, contradicted only by another time (a conflict of the time type), never by a count, an
amount or a year. A date such as "03/04/2022" (both figures 12 or under) is read both ways
(`qa.claims.open_readings`): supported by a sentence of either reading, with the reading shown;
contradicted only by a date that neither reading is. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.clock_times import UNTOLD_HALF, clock_times
from qa.claims.numeric_dates import EITHER_ORDER, numeric_dates
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Orsk_ferry.txt": (
        "Orsk ferry line",
        "The first ferry of the day leaves the Orsk quay at 06:45 and reaches Tella at 08:10.",
        "The Orsk ferry authority was founded in 1930 by the town council.",
        "The Orsk ferry authority opened a new pier on 24 March 2022."),
    "Pell_log.txt": (
        "Pell harbour log",
        "On 4 March 2022 the Pell harbour board reopened the slipway to small boats only.",
        "The Pell harbour board met at 9:30 p.m. on 12 May 2022 and voted to sell the old "
        "crane for 930 euros.",
        "On 18/10/2022 the Pell lighthouse was switched off at 2315 hrs for repairs.",
        "On 07/06/2022 the Pell harbour board closed the fish market for a week."),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("harbour"), ARTICLES)


SLIPWAY = "the Pell harbour board reopened the slipway to small boats only."


@pytest.mark.parametrize("date", ["04/03/2022", "03/04/2022", "3-4-2022", "4-3-2022"])
def test_date_of_either_order_is_supported_by_one_of_its_readings(harbour, date):
    result = check(harbour, f"On {date} {SLIPWAY}")
    assert result.verdict == "supported"
    shown = [s for s in result.evidence[0].states if "read as" in s]
    assert shown and shown[0].endswith("(read as 4 March)")


@pytest.mark.parametrize("date", ["05/04/2022", "04/05/2022", "02/03/2022", "5-4-2022"])
def test_date_of_either_order_that_neither_reading_is_contradicted(harbour, date):
    result = check(harbour, f"On {date} {SLIPWAY}")
    assert result.verdict == "contradicted"
    assert [c.kind.value for e in result.evidence for c in e.conflicts] == ["date"]


def test_source_date_of_either_order_states_only_the_same_writing(harbour):
    market = "the Pell harbour board closed the fish market for a week."
    assert check(harbour, f"On 07/06/2022 {market}").verdict == "supported"
    assert check(harbour, f"On 06/07/2022 {market}").verdict == "supported"
    # one reading of the sentence's date: neither stated nor another day
    for claim in (f"On 7 June 2022 {market}", f"On 6 July 2022 {market}"):
        result = check(harbour, claim)
        assert result.verdict == "not_found"
    assert check(harbour, f"On 8 June 2022 {market}").verdict == "contradicted"


@pytest.mark.parametrize("date, verdict", [
    # dots: day first, the date one word whose term the support needs as it needs the date
    ("4.3.2022", "supported"), ("04.03.2022", "supported"), ("05.03.2022", "contradicted"),
    ("4.3.2023", "contradicted"),
    # month first, a day over 19 in second place
    ("03/24/2022", "contradicted")])
def test_dates_in_figures_of_one_order(harbour, date, verdict):
    assert check(harbour, f"On {date} {SLIPWAY}").verdict == verdict


def test_month_first_with_a_day_over_nineteen(harbour):
    result = check(harbour, "The Orsk ferry authority opened a new pier on 03/24/2022.")
    assert result.verdict == "supported"


FERRY = "The first ferry of the day leaves the Orsk quay at {}."


@pytest.mark.parametrize("time", ["06:45", "6.45 a.m.", "6:45 AM", "0645 hrs", "06h45",
                                  "06.45 Uhr"])
def test_time_in_another_form_is_supported(harbour, time):
    assert check(harbour, FERRY.format(time)).verdict == "supported"


@pytest.mark.parametrize("time", ["07:45", "6:45 pm", "6.45 p.m.", "0745 hrs", "18h45"])
def test_another_time_is_a_conflict_of_the_time_type(harbour, time):
    result = check(harbour, FERRY.format(time))
    assert result.verdict == "contradicted"
    assert {c.kind.value for e in result.evidence for c in e.conflicts} == {"time"}


@pytest.mark.parametrize("claim", [
    "The Pell harbour board met at 21:30 on 12 May 2022.",
    "The Pell harbour board met at 9.30 pm on 12 May 2022.",
    "The Pell lighthouse was switched off at 23:15 on 18 October 2022.",
    "The Pell lighthouse was switched off at 11.15 p.m. on 18 October 2022.",
    "The Pell lighthouse was switched off at 23h15 on 18 October 2022.",
])
def test_twelve_and_twenty_four_hour_clocks_state_each_other(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_time_without_its_half_of_the_day_shows_the_reading(harbour):
    result = check(harbour, "The Pell harbour board met at 9:30 on 12 May 2022.")
    assert result.verdict == "supported"
    assert "9:30 (read as 21:30)" in result.evidence[0].states


@pytest.mark.parametrize("claim", [
    # a time is no count, amount or year, in the claim or in the sentence
    "The Pell harbour board voted to sell the old crane for 2130 euros.",
    "The Orsk ferry authority was founded at 19:30 by the town council.",
])
def test_time_never_conflicts_with_another_kind_of_figure(harbour, claim):
    result = check(harbour, claim)
    kinds = {c.kind.value for e in result.evidence for c in e.conflicts}
    assert "time" not in kinds and ("19:30" not in claim or not kinds)
    assert result.verdict != "supported"


def test_time_the_sources_never_give_is_unverified(harbour):
    result = check(harbour, "On 4 March 2022 at 10:15 the Pell harbour board reopened the "
                            "slipway to small boats only.")
    assert result.verdict == "not_found"
    assert "10:15" in result.unverified


def test_time_in_another_zone_is_not_stated(harbour):
    # the sentence gives no zone: a claim's UTC is left unverified, never contradicted
    result = check(harbour, "On 2022-10-18T23:15Z the Pell lighthouse was switched off.")
    assert result.verdict == "not_found"


@pytest.mark.parametrize("text, read", [
    ("at 09:30 the", [(570, 3, 8, "", "")]),
    ("at 9:30, the", [(570, 3, 7, "", UNTOLD_HALF)]),
    ("at 9.30 a.m. on", [(570, 3, 12, "", "")]),
    ("at 9 p.m.", [(1260, 3, 9, "", "")]),
    ("at 12 a.m.", [(0, 3, 10, "", "")]),
    ("12:15 PM", [(735, 0, 8, "", "")]),
    ("at 0930 hrs", [(570, 3, 11, "", "")]),
    ("at 1400 hours", [(840, 3, 13, "", "")]),
    ("at 14h", [(840, 3, 6, "", "")]),
    ("à 14h30", [(870, 2, 7, "", "")]),
    ("um 14.30 Uhr", [(870, 3, 12, "", "")]),
    ("2021-11-11T09:30", [(570, 11, 16, "", "")]),
    ("0645Z", [(405, 0, 5, "utc", "")]),
    ("09:30 UTC", [(570, 0, 9, "utc", "")]),
    ("10:30+01:00", [(570, 0, 11, "utc", "")]),
    ("2021-11-11T04:30:00-05:00", [(570, 11, 25, "utc", "")]),
    ("9:30 CET", [(570, 0, 8, "cet", "")]),
])
def test_times_are_read(text, read):
    assert clock_times(text) == read


@pytest.mark.parametrize("text", [
    "a 12h shift",  # a length
    "it lasted 1400 hours",  # a duration
    "it rose 14.5 points",
    "a scale of 1:50,000",
    "the 9.30 train",  # a dot alone is a decimal
    "sold for 2,930 euros",
])
def test_other_figures_are_no_times(text):
    assert clock_times(text) == []


@pytest.mark.parametrize("text, read", [
    ("on 11/12/2021 at", [(EITHER_ORDER, 12, 3, 8, 11), ("year", 2021, 9, 13, 0)]),
    ("on 3-4-2022 at", [(EITHER_ORDER, 4, 3, 6, 3), ("year", 2022, 7, 11, 0)]),
    ("on 00/04/2022 at", []),  # no day 0 in either order: no date
    ("on 06/30/2023 at", [("month", 6, 3, 8, 30), ("year", 2023, 9, 13, 0)]),
])
def test_dates_of_either_order_are_read_both_ways(text, read):
    assert sorted(numeric_dates(text)) == sorted(read)
