"""A duration in a calendar unit against one in days or weeks (`compare.lengths_meet`): a month
lasts 28 to 31 days, so "up to a month" states "up to four weeks", and "six weeks" does not."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def roads(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board was overstretched. Some of its depots could take up to four weeks "
        "to reach by road.",
        "The lighthouse keepers staged a strike over unpaid wages.")


@pytest.mark.parametrize("claim, verdict", [
    # a month lasts 28 to 31 days: "a month" and "four weeks" are one length
    ("Some of the board's depots could take up to a month to reach by road.", "supported"),
    ("Some of the board's depots could take as long as a month to reach by road.",
     "supported"),
    ("Some of the board's depots could take up to six weeks to reach by road.",
     "contradicted"),
    ("Some of the board's depots could take up to four months to reach by road.",
     "contradicted"),
])
def test_a_calendar_month_against_weeks(roads, claim, verdict):
    assert check(roads, claim).verdict == verdict
