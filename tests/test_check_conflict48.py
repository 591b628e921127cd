"""`qa check` compares a changed fact where its sentence is found but the claim writes the fact
in another shape: a deadline with a part of its period ("by the end of 2022" / "until May
2024"), a count graded by an adjective ("for a full six months" / "for a month"), a place in
the same slot as the sentence's ("its depot in Velden" / "its depot in Marrow"). Each test
asserts the verdict on a small corpus written here, and a claim the change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_a_deadline_with_a_part_of_its_year_against_another_deadline(tmp_path):
    texts = ["Following the guild's request, the harbour board ended the lease on June 30th and "
             "decided that the guild's withdrawal from Velden would be completed by December "
             "2023."]
    check_in = checker(tmp_path, "Lease", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board gave the guild until the end of 2024 to complete its "
                       "withdrawal from Velden.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "2024", "source": "2023", "kind": "date"} in conflicts(payload)


def test_a_month_inside_the_part_of_the_year_states_it(tmp_path):
    # "the end of 2023" is stated by "December 2023"; the sentence's "June 30th" is the day
    # the lease ended, another event of the sentence, not a month the claim's part leaves out
    texts = ["Following the guild's request, the harbour board ended the lease on June 30th and "
             "decided that the guild's withdrawal from Velden would be completed by December "
             "2023."]
    check_in = checker(tmp_path, "Lease", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board gave the guild until the end of 2023 to complete its "
                       "withdrawal from Velden.")
    assert payload["verdict"] != "contradicted", payload


def test_a_count_graded_by_its_adjective(tmp_path):
    texts = ["First, the harbour board has impeded ferry crossings, suspending them for a month "
             "in July and August, and restricted the pilots' movement, creating tension with "
             "the guild."]
    check_in = checker(tmp_path, "Crossings", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board halted the ferry crossings for a full six months.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "number" for c in conflicts(payload))
    payload = check_in("The harbour board suspended the ferry crossings for a month.")
    assert payload["verdict"] != "contradicted", payload


def test_a_place_replaced_in_its_slot(tmp_path):
    texts = ["Communication between the guild's depot in Marrow and its regional offices should "
             "be improved and made more regular, to share information and lessons learned."]
    check_in = checker(tmp_path, "Depot", texts + HARBOUR + OTHER_TOPICS)
    # "urges" and "better" unsaid: the rest is short of what another name needs (0.6)
    payload = check_in("The brief urges better and more regular communication between the "
                       "guild's depot in Velden and its regional offices.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Velden", "source": "Marrow", "kind": "place"} in conflicts(payload)


def test_a_place_beside_another_word_is_left_alone(tmp_path):
    # the sentence's Marrow is where the guild trains, not where its depot is: no word beside
    # both places is the same, and the rest is short of what another place needs
    texts = ["The guild trains its new pilots in Marrow, where communication with the regional "
             "offices is more regular."]
    check_in = checker(tmp_path, "Training", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The brief urges more regular communication between the guild's depot "
                       "in Velden and its regional offices.")
    assert payload["verdict"] != "contradicted", payload


def test_a_percent_given_to_another_noun_beside_another_percent(tmp_path):
    # the claim gives the staff's "over 80 per cent" to the pilots and a share of its own to
    # the staff: two percents of one fact stated otherwise, one kind of conflict
    texts = ["As a result, over 80 per cent of all guild staff and 90 per cent of uniformed "
             "pilots are now based in the northern ports."]
    check_in = checker(tmp_path, "Staff", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("More than 80 per cent of uniformed pilots, but fewer than half of all "
                       "guild staff, were based in the northern ports.")
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in conflicts(payload)} == {"percent"}
    payload = check_in("Over 80 per cent of all guild staff and 90 per cent of uniformed pilots "
                       "are based in the northern ports.")
    assert payload["verdict"] == "supported", payload


def test_a_place_before_the_same_whole_is_left_alone(tmp_path):
    # "northern Norland" / "central Norland": the word after both is the whole, the setting of
    # every sentence, not the thing the place locates
    texts = ["A team of inspectors, escorted by pilots from the Tarland contingent, interviews "
             "fishermen to investigate attacks in the Bankor area, central Norland, May 2019."]
    check_in = checker(tmp_path, "Caption", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Tarland pilots escorted the majority of the guild's ferry convoys in "
                       "northern Norland.")
    assert payload["verdict"] != "contradicted", payload
