"""`qa check` calls a claim contradicted when it gives another count of the very thing a
sentence counts, said of the same subject, though it rewords the verb: "laid out five options"
/ "offered three options", "sought 120 pilots" / "to authorize ... 50 pilots".
Each test asserts the verdict and the conflict shown, on a small corpus written here, and a
claim the change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]


def first_conflicts(payload):
    return payload["evidence"][0]["conflicts"] if payload["evidence"] else []


def test_another_count_of_the_same_options_by_the_same_subject(tmp_path):
    # "laid out" / "offered", "handed" / "submitted": the verbs reworded, but the inspection
    # is named in both and the figure counts options in both
    texts = ["The inspection, submitted to the harbour board in March 2021, offered three "
             "options for the pier: to rebuild it, to repair it, or to close it for good."]
    check_in = checker(tmp_path, "Inspection", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The pier inspection handed to the harbour board in March 2021 laid out "
                       "five options for the ferry pier.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "five", "source": "three", "kind": "number"} in first_conflicts(payload)
    payload = check_in("The pier inspection submitted to the harbour board in March 2021 offered "
                       "three options for the pier.")
    assert payload["verdict"] == "supported", payload


def test_another_count_of_the_same_part_of_a_proposal(tmp_path):
    # "sought" / "to authorize", "reinforce" unsaid: the proposal is Norland's in both and the
    # figure counts pilots in both
    texts = ["During the talks, board members discussed but did not endorse Norland's proposal "
             "to authorize the deployment of an additional 200 divers (150 welders, 50 pilots) "
             "to the harbour fleet."]
    check_in = checker(tmp_path, "Proposal", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Norland's proposal to reinforce the harbour fleet sought 200 additional "
                       "divers, including 120 pilots.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "120", "source": "50", "kind": "number"} in first_conflicts(payload)


def test_the_same_noun_counted_for_another_subject_is_left_alone(tmp_path):
    # the storm sank 40 trawlers; the guild's 12 may be its share of them: the same noun
    # counted, but the claim's subject (the guild) is not the sentence's
    texts = ["In March, the winter storm sank 40 trawlers of the northern fleet near the new pier."]
    check_in = checker(tmp_path, "Storm", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour guild lost 12 trawlers of the northern fleet to the winter "
                       "storm near the pier.")
    assert payload["verdict"] != "contradicted", payload
