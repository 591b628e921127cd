"""`qa check` compares a changed fact where its sentence is found but the claim writes the fact
in another shape: a deadline with a part of its period ("until the end of 2022" / "by November
2021"), a count graded by an adjective ("for a full five weeks" / "for two weeks"), a place in
the same slot as the sentence's ("its depot in Velden" / "its depot in Marrow"), a percent
given to another noun beside another percent. Each test asserts the verdict on a small corpus
written here; the guards are claims the change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_a_deadline_with_a_part_of_its_year_against_another_deadline(tmp_path):
    texts = ["At the guild's request, the harbour board ended its lease on 12 April and decided "
             "that the guild's withdrawal from Velden would be completed by November 2021."]
    check_in = checker(tmp_path, "Lease", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board gave the guild until the end of 2022 to complete its "
                       "withdrawal from Velden.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "2022", "source": "2021", "kind": "date"} in conflicts(payload)


def test_a_month_inside_the_part_of_the_year_states_it(tmp_path):
    # "the end of 2021" is stated by "November 2021"; the sentence's "12 April" is the day
    # the lease ended, another event of the sentence, not a month the claim's part leaves out
    texts = ["At the guild's request, the harbour board ended its lease on 12 April and decided "
             "that the guild's withdrawal from Velden would be completed by November 2021."]
    check_in = checker(tmp_path, "Lease", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board gave the guild until the end of 2021 to complete its "
                       "withdrawal from Velden.")
    assert payload["verdict"] != "contradicted", payload


def test_a_count_graded_by_its_adjective(tmp_path):
    texts = ["To save fuel, the harbour board cut the night ferry crossings, stopping them for "
             "two weeks in May, which angered the island traders."]
    check_in = checker(tmp_path, "Crossings", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The harbour board halted the night ferry crossings for a full five weeks.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "number" for c in conflicts(payload))
    payload = check_in("The harbour board stopped the night ferry crossings for two weeks.")
    assert payload["verdict"] != "contradicted", payload


def test_a_place_replaced_in_its_slot(tmp_path):
    texts = ["Contact between the guild's depot in Marrow and its harbour offices ought to be "
             "strengthened and made more frequent, so that tide tables are shared."]
    check_in = checker(tmp_path, "Depot", texts + HARBOUR + OTHER_TOPICS)
    # "urges" and "stronger" unsaid: the rest is short of what another name needs (0.6)
    payload = check_in("The brief urges stronger and more frequent contact between the guild's "
                       "depot in Velden and its harbour offices.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Velden", "source": "Marrow", "kind": "place"} in conflicts(payload)


def test_a_place_beside_another_word_is_left_alone(tmp_path):
    # the sentence's Marrow is where the guild trains, not where its depot is: no noun stands
    # before both places, and the rest is short of what another place needs
    texts = ["The guild trains its new pilots in Marrow, where contact with the harbour offices "
             "is more frequent."]
    check_in = checker(tmp_path, "Training", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The brief urges stronger and more frequent contact between the guild's "
                       "depot in Velden and its harbour offices.")
    assert payload["verdict"] != "contradicted", payload


def test_a_percent_given_to_another_noun_beside_another_percent(tmp_path):
    # the claim gives the staff's "over 70 per cent" to the pilots and a share of its own to
    # the staff: two percents of one fact stated otherwise, one kind of conflict
    texts = ["By the spring, over 70 per cent of all guild staff and 95 per cent of licensed "
             "pilots worked in the northern ports."]
    check_in = checker(tmp_path, "Staff", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("More than 70 per cent of licensed pilots, but fewer than half of all "
                       "guild staff, worked in the northern ports.")
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in conflicts(payload)} == {"percent"}
    payload = check_in("Over 70 per cent of all guild staff and 95 per cent of licensed pilots "
                       "worked in the northern ports.")
    assert payload["verdict"] == "supported", payload


def test_a_place_before_the_same_whole_is_left_alone(tmp_path):
    # "northern Norland" / "central Norland": the word after both is the whole, the setting of
    # every sentence, not the thing the place locates
    texts = ["Photo: inspectors guarded by pilots of the Tarland contingent question fishermen "
             "about thefts of nets in the Bankor area, central Norland, 3 May 2019."]
    check_in = checker(tmp_path, "Caption", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("Tarland pilots escorted the majority of the guild's ferry convoys in "
                       "northern Norland.")
    assert payload["verdict"] != "contradicted", payload
