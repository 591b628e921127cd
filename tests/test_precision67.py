"""Round 64 (branch precision67): close claims a sentence seemed to state.

1. A figure given to another noun while the claim's noun has a figure of its own
   (`qa.claims.counted_other`): "the eastern quays held 41 percent of the inspectors" was
   supported by a sentence giving 41 percent to the mooring faults and 9 percent to the
   inspectors.
2. A hedge dropped (`qa.claims.certainty`): "the ferry line will close the crossing" was
   supported by "the ferry line is likely to close the crossing" (a "will" claim was read as a
   forecast an expectation may state), and by "should close".
3. A deed told in the future whose verb and object the sentence never states
   (`qa.claims.future_verb`): "the board's levy plan will face opposition from guild members" was
   supported by a sentence on what the plan sought and what guild members wanted.
4. A word the sentence sets aside after "rather than" and a neighbour joined to it repeats
   (`clauses.set_aside`, `qa.claims.neighbour_parts`): "70 percent of the hours went on
   guarding fishing nets" was supported by "70 percent ... on guarding fuel barges, rather
   than on the duty to guard fishing nets. The fishing nets of the cooperative ...".
Invented harbour text."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Last winter the eastern quays accounted for 41 percent of all reported mooring "
        "faults, yet the port authority keeps only 9 percent of its inspectors there.",
        "The Brenna ferry line is likely to close its northern crossing in March because "
        "of falling ticket sales.",
        "A new dredger should cut the waiting time for grain barges at the Tolvik lock.",
        "The harbour council will open a second fuel depot at Kessby next spring.",
        "The Kessby board's levy plan specifically sought to fund the new breakwater, but "
        "some guild members reasonably asked for a fuller plan before approving any "
        "increase in the mooring fees.",
        "The shortage of crews and the age of the fleet meant that up to 70 percent of the "
        "patrol boats' sailing hours was spent on guarding fuel barges, rather than on the "
        "authority's duty to guard fishing nets. The fishing nets of the cooperative were "
        "often left on the outer banks for weeks.",
        "The lighthouse keepers met in April to discuss the new lamps for the northern cape.")


@pytest.mark.parametrize("claim", [
    "The eastern quays held 41 percent of the port authority's inspectors last winter.",
    "Last winter 41 percent of the port authority's inspectors worked at the eastern quays.",
])
def test_a_figure_that_counts_another_noun_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Last winter the eastern quays accounted for 41 percent of all reported mooring faults.",
    "The port authority keeps only 9 percent of its inspectors at the eastern quays.",
])
def test_the_figure_with_its_own_noun_stays_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "The Brenna ferry line will close its northern crossing in March because of falling "
    "ticket sales.",
    "A new dredger will cut the waiting time for grain barges at the Tolvik lock.",
])
def test_a_dropped_hedge_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Brenna ferry line is likely to close its northern crossing in March.",
    "The harbour council will open a second fuel depot at Kessby next spring.",
])
def test_the_forecast_as_hedged_stays_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_a_future_deed_the_sentence_never_tells_is_not_supported(harbour):
    claim = "The Kessby board's levy plan will face opposition from guild members."
    assert check(harbour, claim).verdict != "supported"


def test_a_future_deed_told_stays_supported(harbour):
    claim = "The harbour council will open a second fuel depot at Kessby."
    assert check(harbour, claim).verdict == "supported"


def test_a_word_set_aside_is_not_kept_by_the_joined_neighbour(harbour):
    claim = ("Up to 70 percent of the patrol boats' sailing hours was spent on guarding "
             "fishing nets.")
    assert check(harbour, claim).verdict != "supported"


def test_the_deed_kept_stays_supported(harbour):
    claim = "Up to 70 percent of the patrol boats' sailing hours went on guarding fuel barges."
    assert check(harbour, claim).verdict == "supported"
