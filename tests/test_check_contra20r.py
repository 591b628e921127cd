"""False claims called not_found (issue 14, round 40): a claim that flips a relation the
sentence states. The corpus is invented: a river port, its pilots, its board and its clinics."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    # a "without" phrase (`qa.claims.without`)
    "This was clear when the pilot service was extended to the eastern docks without the "
    "provision of additional tugboats.",
    # a noun denied with how many of it there are ("no ... village")
    "No coastal village has suffered the flooding seen in Marrow, across the estuary, where "
    "the harbour was closed by a six-week flood.",
    # unanimity and abstentions
    "On 4 March 2011 the harbour board renewed the pilots' licence by unanimously adopting "
    "Motion 17.",
    # a denial with a degree adverb beside it
    "The rural clinics were heavily reliant on the ferry to move about the estuary and to "
    "reach patients in the marshes.",
    # an alternative set against the claim's fact ("support, not substitute")
    "The port police are there to support, not replace, the river wardens.",
    # two clauses set against each other ("while")
    "While most port pilots were housed in the old town, the dock workers settled in the "
    "coastal villages, leaving the night shifts short of crews.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the phrase the sentence puts after "without", affirmed by the claim: placed by its own
    # words, in any order of the rest
    ("The extension of the pilot service to the eastern docks was accompanied by a generous "
     "provision of additional tugboats.", "contradicted"),
    ("The pilot service was extended to the eastern docks without additional tugboats.",
     "supported"),
    # "no village" denies "numerous villages": "numerous" is part of the reversal
    ("Numerous coastal villages have suffered long floods like Marrow's.", "contradicted"),
    # "abstentions" excludes "unanimously"
    ("Motion 17, which renewed the pilots' licence in March 2011, was adopted with several "
     "abstentions.", "contradicted"),
    # "largely" beside the claim's denial is part of it
    ("The rural clinics could move about the estuary largely without relying on the ferry.",
     "contradicted"),
    # the claim's "rather than" is stated by the sentence's "not"
    ("The port police are there to replace, rather than support, the river wardens.",
     "contradicted"),
    ("The port police are there to support rather than replace the river wardens.",
     "supported"),
    # the sentence pairs each clause's actor with the other's place
    ("Most port pilots were housed in the coastal villages, while the dock workers settled "
     "in the old town.", "contradicted"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Port", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload
