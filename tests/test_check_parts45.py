"""A claim's part of a year ("early 2023") against a month of that year the sentence gives
and the part clearly leaves out ("In June 2023"): a date conflict
(`period_parts.part_against_month`). Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In June 2023, the harbour board asked the dredging company to leave the port.",
        "The guild opened its new training school in February 2021.")


@pytest.mark.parametrize("claim, verdict", [
    ("The harbour board asked the dredging company to leave the port in mid-2023.", "supported"),
    ("The harbour board asked the dredging company to leave the port in early 2023.",
     "contradicted"),
    ("The harbour board asked the dredging company to leave the port in late 2023.",
     "contradicted"),
    ("The guild opened its new training school in early 2021.", "supported"),
    ("The guild opened its new training school at the end of 2021.", "contradicted"),
])
def test_a_part_of_a_year_against_a_month(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_the_conflict_names_the_month(harbour):
    result = check(harbour, "The guild opened its new training school in late 2021.")
    shown = [(c.claim, c.source) for e in result.evidence for c in e.conflicts]
    assert ("late 2021", "February 2021") in shown
