"""Claims wrongly called contradicted: an actor conflict whose source name the claim itself
names elsewhere ("dues for NHU-led operations, and most of the P3 support the idea" / "support
operations deployed by the Northern Harbour Union (NHU)") is the claim's own actor in another
place, no rival, and so is a date it writes in another place (`qa.claims.claim_own_name`);
a rival the claim does not name, a date it does not write, still
contradicts. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Later this year, the Velden Harbour Council is expected to come to a decision on the "
        "use of VHC assessed dues to finance patrol support operations deployed by the Northern "
        "Harbour Union (NHU) and subregional cooperatives.",
        "In March 2031, the Tarland ferry company sold its northern quay to the Ostvik "
        "shipping line.")


def test_the_claims_own_actor_in_another_place_is_no_rival(harbour):
    # the Northern Harbour Union stands where the claim has the P3, but the claim names the
    # NHU itself (by its acronym): the sentence says nothing against the P3
    claim = ("The Council is expected to decide on using VHC assessed dues for NHU-led "
             "operations, and most of the P3 are said to support the idea.")
    assert check(harbour, claim).verdict != "contradicted"


def test_a_rival_the_claim_does_not_name_still_contradicts(harbour):
    claim = ("The Council is expected to decide on using VHC assessed dues for support "
             "operations led by the P3.")
    assert check(harbour, claim).verdict == "contradicted"


@pytest.fixture(scope="module")
def fees(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "By contrast, the River Guild of Brenna (RGB) has repeatedly angered the dockers, "
        "particularly in January 2031, when it imposed trade and fishing fees in response to "
        "Velden's failure to adhere to the agreed-upon calendar for the repairs.",
        "In March 2031, the Tarland ferry company sold its northern quay to the Ostvik "
        "shipping line.",
        *OTHER_HARBOUR_NEWS)


def test_the_claims_own_date_in_another_place_is_no_rival(fees):
    # January 2031 dates the imposing, which the claim dates so too; the lifting the
    # sentence leaves unsaid
    claim = ("The trade and fishing fees imposed by the RGB in January 2031 were lifted by "
             "mid-2031, once Velden accepted a new repair timetable.")
    assert check(fees, claim).verdict != "contradicted"


def test_a_date_the_claim_does_not_write_still_contradicts(fees):
    claim = ("The RGB imposed trade and fishing fees in May 2031 over Velden's failure to "
             "adhere to the calendar for the repairs.")
    assert check(fees, claim).verdict == "contradicted"
