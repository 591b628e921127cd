"""The claim's agent of a passive after a determiner ("rejected by the Orla council") is read
as "rejected by Orla" was: where the sentence gives the same verb another agent, the claim's
did not do it (`opposition.passive_agent_replaced`). An agent the sentence names with its
acronym in brackets ("the Union of Fishing Crews (UFC)") is the claim's "the UFC".
Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A preliminary toll deal was signed by the Orla council in May 2020. However, the "
        "proposed toll deal was rejected by the Union of Fishing Crews (UFC), on the grounds "
        "that it ignored the night crews.",
        "The ferry terminal reopened after the storm season.",
        "Fishing crews complained about the new mooring fees.")


@pytest.mark.parametrize("claim, supported", [
    ("The preliminary toll deal was rejected by the Orla council.", False),
    ("The preliminary toll deal was rejected by the UFC.", True),
    ("The preliminary toll deal was signed by the Orla council.", True),
])
def test_the_agent_of_a_passive_after_a_determiner(harbour, claim, supported):
    assert (check(harbour, claim).verdict == "supported") == supported
