"""False claims with one changed fact that the checker aligned but did not call contradicted
(issue 14, round 34): a differing value anchored to the claim's event by the claim's other
typed facts (`qa.claims.anchored`), and a sentence that reverses the claim in two places, a
relation and a denial (`check.REVERSALS`). The corpus is invented: a river guild and its
barges."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "The Vessa guild suspended its barge convoys in response to the deaths of seven of its "
    "pilots in 2019, forcing the harbour to rely heavily on rail.",
    "The Orla wardens joined forces to defend the tolls, dismissing the guild's survey but "
    "allowing its inspectors to continue working.",
    "Short-term leases were often used for the barges, leading to a lack of care among the "
    "crews.",
    "In June the harbour sent twelve dredgers to the western canal.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # another year, with the guild and the seven pilots stated: the claim's event, its verbs
    # reworded ("stopped" / "suspended", "were killed" / "the deaths of")
    ("The Vessa guild stopped running barge convoys after seven of its pilots were killed in "
     "2017.", "contradicted"),
    ("The Vessa guild stopped running barge convoys after seven of its pilots were killed in "
     "2019.", "supported"),
    # one other fact of the claim stated (the guild), or none: another year is another
    # event's as often as this one's, and the reworded verbs leave too little of the rest
    ("The Vessa guild stopped running barge convoys after its pilots were killed in 2017.",
     "not_found"),
    ("The guild stopped running barge convoys after its pilots were killed in 2017.",
     "not_found"),
])
def test_a_value_anchored_by_the_claims_other_facts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Barges", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("claim, conflicts", [
    # the relation reversed and the word denied: one reversal of the claim, told twice
    ("After dismissing the guild's survey, the Orla wardens stopped its inspectors from "
     "working.", {"relation", "polarity"}),
    ("Long-term leases were generally used for the barges, which fostered care among the "
     "crews.", {"relation", "polarity"}),
])
def test_a_reversal_in_two_places_contradicts(tmp_path, claim, conflicts):
    check = checker(tmp_path, "Barges", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in payload["evidence"][0]["conflicts"]} == conflicts
