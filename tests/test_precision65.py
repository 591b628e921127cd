"""Round 65, precision: two facts a supporting sentence left unsaid.

1. The claim's deed reversed beside the sentence for the claim's own party
   (`qa.claims.deed_reversed`): "the Tern Guild accepted the draft accord that the harbour council
   signed" was supported by "A draft accord was signed by the harbour council in May", whose
   passage goes on to say the proposed deal was rejected by the Tern Guild.
2. An opener of asking ("at the request of its council") with no asking in the sentence, which
   gives the event no cause of its own either (`qa.claims.circumstance`).
Invented harbour text."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A mediator-brokered draft fishing accord was signed by the harbour council in May "
        "2011. However, the proposed deal was rejected by the Tern Guild (TG), which said "
        "it ignored what its skippers in the north wanted and needed more "
        "talks.",
        "The port authority widened the mooring zone in March 2017 to include the "
        "eastern bay and the old ferry slip.",
        "The lighthouse keepers met in April to discuss the new lamps for the northern cape.")


@pytest.mark.parametrize("claim", [
    "The Tern Guild accepted the mediator-brokered draft fishing accord that the harbour "
    "council signed in May 2011.",
])
def test_a_deed_the_passage_reverses_for_the_claims_party_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Tern Guild rejected the mediator-brokered draft fishing accord that the harbour "
    "council signed in May 2011.",
    "The harbour council signed a mediator-brokered draft fishing accord in May 2011.",
])
def test_the_deed_as_told_stays_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "The port authority widened the mooring zone in March 2017 at the request of its "
    "harbour council.",
    "At the behest of the harbour council, the port authority widened the mooring zone in "
    "March 2017.",
])
def test_an_asking_the_sentence_never_tells_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_the_widening_alone_stays_supported(harbour):
    claim = "The port authority widened the mooring zone in March 2017."
    assert check(harbour, claim).verdict == "supported"
