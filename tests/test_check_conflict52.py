"""`qa check` reads two reversals it used to pass over: a measure said to be the same as a
thing's ("roughly the same size as Luxembourg") against a multiple of it ("nearly four times
the size of Luxembourg"), whose measure and thing the sentence states too; and a noun called the
same on one side and different on the other ("the same priorities" / "different priorities"),
"same" being a stopword the antonym reading never sees. Each test asserts the verdict on a
small corpus written here; the guards are claims the change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]
RESERVE = ["The Varga reserve was hard to patrol, with about 300 rangers covering an area nearly "
           "four times the size of Luxembourg.",
           "The new Kessel lagoon is roughly the same size as the old harbour basin."]
AGENCIES = ["The three coastal agencies had different priorities, budgets and reporting lines "
            "to the ministry.",
            "The two surveys of the lagoon used the same sampling method in 2021."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_the_same_size_against_a_multiple_of_it(tmp_path):
    check_in = checker(tmp_path, "Reserve", RESERVE + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Varga reserve, with about 300 rangers, covered an area roughly the "
                       "same size as Luxembourg.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "number" for c in conflicts(payload))


def test_the_multiple_itself_and_a_same_size_stated_are_left_alone(tmp_path):
    check_in = checker(tmp_path, "Reserve", RESERVE + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Varga reserve's 300 rangers covered an area nearly four times the "
                       "size of Luxembourg.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The Kessel lagoon is about the same size as the old harbour basin.")
    assert payload["verdict"] == "supported", payload


def test_the_same_against_different(tmp_path):
    check_in = checker(tmp_path, "Agencies", AGENCIES + HARBOUR + OTHER_TOPICS)
    payload = check_in("The three coastal agencies had the same priorities, budgets and "
                       "reporting lines to the ministry.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "same", "source": "different", "kind": "relation"} in conflicts(payload)
    payload = check_in("The two surveys of the lagoon used different sampling methods in 2021.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "different", "source": "same", "kind": "relation"} in conflicts(payload)


def test_the_same_stated_and_a_denied_sameness_are_left_alone(tmp_path):
    check_in = checker(tmp_path, "Agencies", AGENCIES + HARBOUR + OTHER_TOPICS)
    payload = check_in("The two surveys of the lagoon used the same sampling method in 2021.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The three coastal agencies had different priorities.")
    assert payload["verdict"] == "supported", payload
    # "not ... the same" agrees with "different": no conflict of sameness is read
    payload = check_in("The three coastal agencies did not have the same priorities.")
    assert {"claim": "same", "source": "different", "kind": "relation"} \
        not in conflicts(payload), payload


STORMS = ["The ferry service faced growing delays after two winter storms in 2020 and 2021 "
          "damaged the northern pier.",
          "Not a single ferry sailed in the week of the second storm."]


def test_a_single_is_a_count_of_one(tmp_path):
    check_in = checker(tmp_path, "Storms", STORMS + HARBOUR + OTHER_TOPICS)
    payload = check_in("The ferry service faced growing delays after a single winter storm, in "
                       "2021, damaged the northern pier.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "a single", "source": "two", "kind": "number"} in conflicts(payload)


def test_not_a_single_is_no_count_of_one(tmp_path):
    check_in = checker(tmp_path, "Storms", STORMS + HARBOUR + OTHER_TOPICS)
    payload = check_in("Not a single ferry sailed in the week of the second storm.")
    assert payload["verdict"] == "supported", payload


FISHERIES = ["Unlike the Oslo accord, the Bergen framework did not set catch limits for cod.",
             "The Tromso board, in contrast to the Narvik council, published its budget every "
             "year."]


def test_names_set_against_each_other_the_other_way_round(tmp_path):
    check_in = checker(tmp_path, "Fisheries", FISHERIES + HARBOUR + OTHER_TOPICS)
    for claim in ("Unlike the Bergen framework, the Oslo accord did not set catch limits for cod.",
                  "The Oslo accord did not set catch limits for cod, unlike the Bergen framework.",
                  "The Narvik council published its budget every year."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "actor" for c in conflicts(payload)), payload


def test_names_set_against_each_other_as_the_sentence_does(tmp_path):
    check_in = checker(tmp_path, "Fisheries", FISHERIES + HARBOUR + OTHER_TOPICS)
    for claim in ("Unlike the Oslo accord, the Bergen framework did not set catch limits for cod.",
                  "The Bergen framework did not set catch limits for cod.",
                  "The Tromso board published its budget every year."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_a_span_of_years_shortened_states_both_years(tmp_path):
    texts = ["Based on field surveys of the lagoon during 2013 and 2014, funded by the Tarland "
             "Ministry of Defence, this brief sets out the main risks to the harbour."]
    check_in = checker(tmp_path, "Surveys", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The brief's field surveys of the lagoon (2013-14) were funded by the "
                       "Tarland Ministry of Transport.")
    assert payload["verdict"] == "contradicted", payload
    payload = check_in("The brief's field surveys of the lagoon (2013-14) were funded by the "
                       "Tarland Ministry of Defence.")
    assert payload["verdict"] == "supported", payload


DEPOT = ["After the strike, the Velden harbour board ordered the Tarland guild to vacate the "
         "north depot by March 2021.",
         "The guild's lease of the Velden pier runs until June 2025, the board said.",
         "Following the guild's request, the Velden harbour board ended the lease on 30 June and "
         "decided that the guild's withdrawal from the pier would be completed by December 2023."]


def test_a_deadline_given_otherwise_in_its_place(tmp_path):
    check_in = checker(tmp_path, "Depot", DEPOT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Velden harbour board ended the lease on 30 June and gave the guild "
                       "until June 2024 to finish leaving the pier.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "2024", "source": "2023", "kind": "date"} in conflicts(payload)


def test_the_deadline_stated_and_another_events_deadline_are_left_alone(tmp_path):
    check_in = checker(tmp_path, "Depot", DEPOT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Velden harbour board ended the lease on 30 June and gave the guild "
                       "until December 2023 to finish leaving the pier.")
    assert payload["verdict"] == "supported", payload
    payload = check_in("The Velden harbour board gave the Tarland guild until March 2021 to "
                       "vacate the north depot.")
    assert payload["verdict"] == "supported", payload


def test_multiples_of_different_things_are_no_rivals(tmp_path):
    # "three times the size of the basin" counts no thing of its own: the sentence's "four
    # times the size of Luxembourg" measures another, and is no count in conflict with it
    check_in = checker(tmp_path, "Lagoon", HARBOUR + OTHER_TOPICS + [
        "The Kessel lagoon is nearly four times the size of Luxembourg, according to the port "
        "authority.", "The old harbour basin covers a third of the Kessel lagoon's area."])
    payload = check_in("The Kessel lagoon is three times the size of the old harbour basin.")
    assert payload["verdict"] != "contradicted", payload
    # the same thing measured: the counts still conflict
    payload = check_in("The Kessel lagoon is three times the size of Luxembourg.")
    assert payload["verdict"] == "contradicted", payload
