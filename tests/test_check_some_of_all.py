"""A part of a group of no stated size ("several donors", "some of the cooperatives") does not
state a claim's whole ("all donors", "every cooperative"): the claim says more than the
sentence (`quantifiers.other_part`). Only a part of the same group: "several weeks later"
leaves "all twelve ferries" stated, and a claim naming a part is stated by one."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Several donors cut their funding to the river authority in 2021. All twelve harbour "
        "ferries were inspected in May, several weeks later than planned.",
        "Every grain silo in the valley was emptied in June; some were later demolished. "
        "Some of the fishing cooperatives joined the strike in April.")


@pytest.mark.parametrize("claim", [
    "All donors cut their funding to the river authority in 2021.",
    "All of the fishing cooperatives joined the strike in April.",
    "Every fishing cooperative joined the strike in April.",
])
def test_a_part_does_not_state_the_whole(parts, claim):
    assert check(parts, claim).verdict == "not_found"


@pytest.mark.parametrize("claim", [
    "Several donors cut their funding to the river authority in 2021.",
    "Some donors cut their funding to the river authority in 2021.",
    "Some fishing cooperatives joined the strike in April.",
    # a part of something else: the weeks, the silos demolished later
    "All twelve harbour ferries were inspected in May.",
    "Every grain silo in the valley was emptied in June.",
])
def test_a_part_or_another_group_is_no_obstacle(parts, claim):
    assert check(parts, claim).verdict == "supported"
