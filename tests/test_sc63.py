"""Claims wrongly called contradicted: an actor conflict whose source name the claim itself
names elsewhere ("dues on NHU-led operations; most of the P3 reportedly back it" / "patrol
operations now deployed by the Northern Harbour Union (NHU)") is the claim's own actor in another
place, no rival (`qa.claims.claim_own_name`); a rival the claim does not name still
contradicts. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Later this year, the Velden Harbour Council is set to reach a decision about spending "
        "VHC assessed dues to finance patrol support operations now deployed by the Northern "
        "Harbour Union (NHU) and subregional cooperatives.",
        "In March 2031, the Tarland ferry company sold its northern quay to the Ostvik "
        "shipping line.")


def test_the_claims_own_actor_in_another_place_is_no_rival(harbour):
    # the Northern Harbour Union stands where the claim has the P3, but the claim names the
    # NHU itself (by its acronym): the sentence says nothing against the P3
    claim = ("The Council is set to decide about spending VHC assessed dues on NHU-led "
             "operations; most of the P3 reportedly support the idea.")
    assert check(harbour, claim).verdict != "contradicted"


def test_a_rival_the_claim_does_not_name_still_contradicts(harbour):
    claim = ("The Council is set to decide about spending VHC assessed dues on support "
             "operations led by the P3.")
    assert check(harbour, claim).verdict == "contradicted"
