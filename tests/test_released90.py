"""Two shapes of the released sets' voices, on invented documents: a delegate's frame with the
manner of saying ("notes with regret that P") or a state of knowing ("is mindful that P",
`reported_clause`), and a note's mixed-case acronym of a ministry ("the Ostrian MoT" / "the
Ostrian Ministry of Transport", `short_forms.mixed_acronym_of`)."""
import pytest

from qa.claims.reported_clause import mindful, reported_clause
from qa.claims.short_forms import mixed_acronym_of
from tests.test_check import OTHER_TOPICS, checker

PIER = ["By 3 May 2029 the Kessan pier had not yet reached its planned length of 640 metres; "
        "only 410 metres had been built.",
        "The harbour authority kept over 40 boats on a wide lagoon; its outer quays lay up to "
        "three weeks away by barge.",
        "The harbour board met in the autumn to discuss the ferry fares and the new pier."]


@pytest.mark.parametrize("claim, clause", [
    ("My delegation records with regret that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("Our delegation recalls with grave concern that the harbour board closed the pier.",
     "The harbour board closed the pier."),
    ("My delegation is cognizant that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
    ("Our delegation remains fully aware that the harbour board closed the northern pier.",
     "The harbour board closed the northern pier."),
])
def test_a_delegate_frame_reports_its_clause(claim, clause):
    frame = reported_clause(claim)
    assert frame is not None and frame.clause == clause and frame.voice == "own"


@pytest.mark.parametrize("adjective, knowing", [
    ("mindful", True), ("aware", True), ("cognizant", True), ("conscious", True),
    ("unaware", False), ("doubtful", False), ("sceptical", False), ("happy", False)])
def test_adjectives_of_knowing(adjective, knowing):
    assert mindful(adjective) is knowing


def test_a_doubting_state_frames_nothing():
    assert reported_clause("My delegation is doubtful that the harbour board closed the "
                           "northern pier.") is None


def test_delegate_frames_read_their_clause_against_the_sources(tmp_path):
    check_in = checker(tmp_path, "Pier", PIER + OTHER_TOPICS)
    for claim in ("My delegation notes with great satisfaction that, by 3 May 2029, the Kessan "
                  "pier had already reached its full planned length.",
                  "My delegation is deeply mindful that the outer quays of the harbour authority "
                  "lay up to three days away by barge."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload


@pytest.mark.parametrize("acronym, name, spelled", [
    ("MoD", "Ministry of Defence", True), ("DoT", "Department of Transport", True),
    ("MoD", "Ministry for Defence", False), ("MOD", "Ministry of Defence", False),
    ("MoD", "Ministry Defence", False)])
def test_a_mixed_case_acronym_writes_its_small_words_small(acronym, name, spelled):
    assert mixed_acronym_of(acronym, name) is spelled


REVIEW = ["Based on field work in Varna during 2027 and 2028 as part of the Delta project "
          "funded by the Ostrian Ministry of Transport, this note sets out the ferry's main "
          "difficulties.",
          "The harbour board met in the autumn to discuss the ferry fares and the new pier."]


def test_a_mixed_case_acronym_names_its_ministry(tmp_path):
    check_in = checker(tmp_path, "Review", REVIEW + OTHER_TOPICS)
    payload = check_in("The 2027-28 field work was funded by the Ostrian MoT under its Delta "
                       "project.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The 2027-28 field work was funded by the Norland MoT under its Delta "
                       "project.")
    assert payload["verdict"] == "contradicted", payload
