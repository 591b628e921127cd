"""Wrong supports of a figure the claim holds over another span of time than the one the
sentence binds it to ("nine times over 30 years" by "nine times over 10 years and four times
over 30 years": `span_bound`), each with the figure over its own span, which must stay
supported. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Kessel dredger removes nine times as much silt as the old Velden barge over a "
        "10-year horizon and four times as much over a 30-year horizon.",
        "Within the first 60 days, the Orlen ferry carried 4,200 cars; it carried 9,800 cars "
        "within the first 180 days.",
        "The Tromsdal breakwater cut wave damage by 35 percent in a five-year trial.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The Kessel dredger removes nine times as much silt as the old Velden barge over a 30-year "
    "horizon.",
    "Over a 10-year horizon, the Kessel dredger removes four times as much silt as the old "
    "Velden barge.",
    "The Orlen ferry carried 4,200 cars within the first 180 days.",
])
def test_figure_of_another_span_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "The Kessel dredger removes nine times as much silt as the old Velden barge over a 10-year "
    "horizon.",
    "The Orlen ferry carried 9,800 cars within the first 180 days.",
    "The Orlen ferry carried 4,200 cars within the first 60 days.",
    "The Tromsdal breakwater cut wave damage by 35 percent in a five-year trial.",
])
def test_figure_of_its_own_span_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_near_miss_without_a_span_stays_unsupported(harbour):
    # a span the sentence does not give its figure is no support either
    assert verdict(harbour, "The Orlen ferry carried 4,200 cars in its first year.") \
        != "supported"
