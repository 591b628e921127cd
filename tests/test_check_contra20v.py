"""`qa check` calls a claim contradicted when it changes one typed value of a fact the sources
state and the sentence stating it rewords the rest: a year against the same day and month, a
country in another's place, a size said as "equal in size to" or "as large as". Each test asserts
the verdict and the conflict shown, on a small corpus written here, and a claim the change must
leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter.",
           "The deployment of the new pier was delayed by the storms."]


def first_conflicts(payload):
    return payload["evidence"][0]["conflicts"] if payload["evidence"] else []


def test_a_year_against_the_same_day_and_month_contradicts(tmp_path):
    # "held their workshop" / "organized a workshop": the event reworded, but the sentence gives
    # the claim's day and month and names its organisers; only the year differs
    texts = ["On March 4, 2021, the Harbour Institute and the Lodwar Trust organized a workshop "
             "to discuss the dredging mandate and its evolution."]
    check_in = checker(tmp_path, "Workshop", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Harbour Institute and the Lodwar Trust held their dredging workshop "
                       "on March 4, 2022.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "2022", "source": "2021", "kind": "date"} in first_conflicts(payload)
    payload = check_in("The Harbour Institute and the Lodwar Trust held their dredging workshop "
                       "on March 4, 2021.")
    assert payload["verdict"] == "supported", payload
    # another event of the same organisers on that day is not the workshop's
    payload = check_in("The Harbour Institute and the Lodwar Trust signed a dredging contract "
                       "on March 4, 2022.")
    assert payload["verdict"] != "contradicted", payload


def test_a_date_differing_in_every_part_is_not_anchored(tmp_path):
    # the day differs as well as the year: another date, maybe another event's
    texts = ["On March 4, 2021, the Harbour Institute and the Lodwar Trust organized a workshop "
             "to discuss the dredging mandate and its evolution."]
    check_in = checker(tmp_path, "Workshop", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Harbour Institute and the Lodwar Trust held their dredging workshop "
                       "on March 9, 2022.")
    assert payload["verdict"] != "contradicted", payload


def test_a_country_in_anothers_place_in_a_reworded_sentence(tmp_path):
    # "supplied by Uganda" / "a Kenyan level-2 hospital": the sentence names the hospital and the
    # camp the claim names, with another country; its verbs are not the claim's
    texts = ["The imminent deployment of a Kenyan level-2 hospital to the harbour supercamp in "
             "Lodwar should eliminate one significant obstacle to securing diver pledges for the "
             "northern sector."]
    check_in = checker(tmp_path, "Hospital", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The level-2 hospital soon to be deployed to the harbour supercamp in "
                       "Lodwar is being supplied by Uganda.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0]["claim"] == "Uganda"
    assert first_conflicts(payload)[0]["source"] == "Kenyan"
    payload = check_in("The soon-to-arrive level-2 hospital for the harbour supercamp in Lodwar "
                       "is being provided by Kenya.")
    assert payload["verdict"] == "supported", payload


def test_equal_in_size_is_one_time_the_measure(tmp_path):
    # "roughly equal in size to Belgium" says one time Belgium's size, as "the same size as"
    # does: "more than twice the size of Belgium" states another multiple
    texts = ["The Norland fleet was stretched thin, with over 40 trawlers working in a bay more "
             "than twice the size of Belgium."]
    check_in = checker(tmp_path, "Bay", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Norland fleet's more than 40 trawlers were spread across a bay "
                       "roughly equal in size to Belgium.")
    assert payload["verdict"] == "contradicted", payload
    assert first_conflicts(payload)[0]["kind"] == "number"
    assert first_conflicts(payload)[0]["source"] == "more than twice"
    payload = check_in("The Norland fleet's more than 40 trawlers were spread across a bay more "
                       "than twice as large as Belgium.")
    assert payload["verdict"] == "supported", payload


def test_as_large_as_states_the_measure_of_a_comparison_in_conflict(tmp_path):
    # "twice as large as Luxembourg" / "twice the size of Belgium": the comparison is the
    # claim's, measured against another country
    texts = ["The Norland fleet was stretched thin, with over 40 trawlers working in a bay more "
             "than twice the size of Belgium."]
    check_in = checker(tmp_path, "Bay", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Norland fleet's more than 40 trawlers were spread across a bay more "
                       "than twice as large as Luxembourg.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Luxembourg", "source": "Belgium", "kind": "actor"} \
        in first_conflicts(payload)
    # a claim about the two countries alone is not the fleet's comparison
    payload = check_in("Luxembourg is more than twice as large as Belgium.")
    assert payload["verdict"] != "contradicted", payload


def test_the_same_part_of_a_year_in_other_words_states_it(tmp_path):
    # "Early in 2019" / "at the start of 2019": the same part of the same year, which the rest of
    # a sentence naming another border must state; "late in 2019" is not stated by it
    texts = ["Map: the board expanded the Harbour Zone at the start of 2019 to include the western "
             "part of Lodwar district and the whole of Kalokol district, extending the Zone across "
             "and up to the Ugandan border."]
    check_in = checker(tmp_path, "Zone", texts + HARBOUR + OTHER_TOPICS)
    payload = check_in("When the board enlarged the Harbour Zone in early 2019, the zone was "
                       "extended all the way to the border with Ethiopia.")
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": "Ethiopia", "source": "Ugandan", "kind": "actor"} in first_conflicts(payload)
    payload = check_in("Late in 2019 the board enlarged the Harbour Zone to take in all of "
                       "Kalokol district, pushing it out to the border with Ethiopia.")
    assert payload["verdict"] != "contradicted", payload
