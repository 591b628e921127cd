"""Every date of a claim is a fact to verify, the date of an opening "After ..." clause too
(`qa.claims.date_bounds`). The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "After the gale of October 2027, the Kessel pilot office took on thirty new pilots "
        "and ordered three launches. The office had been founded in 2024 by the county.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    # the opening clause's year or month given otherwise: the gale's date is not stated
    "After the gale in October 2025, the Kessel pilot office took on thirty new pilots.",
    "After the gale in March 2027, the Kessel pilot office took on thirty new pilots.",
])
def test_an_opening_clauses_date_changed_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_an_opening_clauses_other_date_against_the_same_clause_contradicts(harbour):
    claim = "After the gale in October 2025, the Kessel pilot office took on thirty new pilots."
    assert check(harbour, claim).verdict == "contradicted"


def test_an_opening_clauses_own_date_still_supports(harbour):
    claim = "After the gale in October 2027, the Kessel pilot office took on thirty new pilots."
    assert check(harbour, claim).verdict == "supported"
