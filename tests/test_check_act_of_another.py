"""A word denied on one side and affirmed on the other only as a noun of act done to another
thing ("refused to deploy to the northern bay" / "the deployment of the new radar station")
is another event, no flipped predicate (`compare.act_of_another`); the act done to the
claim's own thing ("did not approve the deployment of two patrol boats" / "approved the
deployment of two extra patrol boats") stays a conflict."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def radar(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The prospect of ferry crews being able to sail with better radar cover, combined "
        "with the deployment of the new radar station, should ease the safety concerns that "
        "ferry operators might have when deciding whether to send their crews to the "
        "northern bay.")


@pytest.fixture(scope="module")
def boats(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board approved the deployment of two extra patrol boats to the northern "
        "bay.",
        "The fishing council refused to approve the new quota for the northern bay in 2021.")


def test_the_act_done_to_another_thing_is_no_conflict(radar):
    result = check(radar, "Some ferry operators refused to deploy to the northern bay.")
    assert result.verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    "The harbour board did not approve the deployment of two extra patrol boats.",
    "The harbour board refused to approve the deployment of extra patrol boats.",
    "The fishing council approved the new quota for the northern bay in 2021.",
])
def test_the_act_done_to_the_claims_thing_stays_a_conflict(boats, claim):
    assert check(boats, claim).verdict == "contradicted"
