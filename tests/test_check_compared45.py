"""A claim comparing two actors by a quantity word ("more personnel than Benin") is read
against the figures the sentence pairs with them, "respectively" or clause by clause
(`qa.claims.compared_figures`). Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def fleets(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Earlier this year, Norland and Sudland announced that they would leave the fishing "
        "pact, withdrawing about 40 and 15 trawlers, respectively.",
        "Under the new quota, Norland receives 60 percent of the catch and Sudland 35 percent.")


@pytest.mark.parametrize("claim, verdict", [
    ("Norland withdrew more trawlers than Sudland.", "supported"),
    ("Sudland withdrew fewer trawlers than Norland.", "supported"),
    ("Sudland withdrew more trawlers than Norland.", "contradicted"),
    ("Norland withdrew fewer trawlers than Sudland.", "contradicted"),
    ("Under the new quota, Sudland receives a larger share of the catch than Norland.",
     "contradicted"),
    ("Under the new quota, Norland receives a larger share of the catch than Sudland.",
     "supported"),
])
def test_a_comparison_is_read_against_both_figures(fleets, claim, verdict):
    assert check(fleets, claim).verdict == verdict


def test_the_conflict_shows_both_figures(fleets):
    result = check(fleets, "Sudland withdrew more trawlers than Norland.")
    shown = [(c.claim, c.source) for e in result.evidence for c in e.conflicts]
    assert ("more trawlers than Norland", "Sudland 15, Norland about 40") in shown


def test_a_figure_of_the_claims_own_is_left_to_the_figures(fleets):
    """"30 more trawlers than": the difference is a figure (25) the sentence does not give."""
    result = check(fleets, "Norland withdrew 30 more trawlers than Sudland.")
    assert result.verdict != "supported"


@pytest.fixture(scope="module")
def patrols(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The coast guard spends more time on guarding its own depots than on rescuing "
        "fishermen, especially in winter.")


@pytest.mark.parametrize("claim, verdict", [
    # the comparison reversed and its sides traded: the same comparison
    ("The coast guard spends less time on rescuing fishermen than on guarding its own depots.",
     "supported"),
    ("The coast guard spends more time on guarding its own depots than on rescuing fishermen.",
     "supported"),
    # one of the two only: the reverse
    ("The coast guard spends more time on rescuing fishermen than on guarding its own depots.",
     "contradicted"),
    ("The coast guard spends less time on guarding its own depots than on rescuing fishermen.",
     "contradicted"),
])
def test_a_comparison_with_traded_sides(patrols, claim, verdict):
    assert check(patrols, claim).verdict == verdict
