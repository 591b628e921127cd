"""A "without" that denies the act a claim affirms by its verb ("to work without
obstruction" / "should obstruct their work") is a conflict (`compare.event_denied`); a noun
after "without" in another role stays none. Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board must let the ferry crews carry out their crossings without "
        "obstruction, rather than blaming them for the delays.",
        "The crews crossed the strait without escorts in 2019.")


@pytest.mark.parametrize("claim", [
    "The harbour board should obstruct the ferry crews from carrying out their crossings.",
    "The harbour board must obstruct the ferry crews carrying out their crossings.",
])
def test_an_act_denied_by_without_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_the_act_affirmed_by_without_is_supported(harbour):
    result = check(harbour, "The harbour board must let the ferry crews carry out their "
                            "crossings without obstruction.")
    assert result.verdict == "supported"


def test_a_noun_in_another_role_stays_no_conflict(harbour):
    """"without escorts": the escorts' absence, not a denied act of the claim's verb."""
    result = check(harbour, "The crews crossed the strait without escorts in 2019.")
    assert result.verdict == "supported"
