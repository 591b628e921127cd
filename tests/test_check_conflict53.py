"""`qa check` on four readings of round 53 (contradicted claims, both directions):

- a country that opens a longer name ("the Danish Kessel Brigade") is part of how the claim
  names that actor: a sentence stating the name without it ("the Kessel Brigade") is not about
  another event for lack of the country (`around.opening_stated`);
- a count of the same thing (two content words or more after each figure) in a sentence that
  states another fact of the claim (its year) is placed in the claim's event, however the
  claim rewords its actor and verb (`counted_place`);
- a claim's deadline date that the sentence states as the very same date is no conflict with
  the sentence's one deadline, another deed's (`compare.bound_stated`);
- "short of" a thing is wanting it, as "the lack of" it says (`scarcity.short_of`).

Each test asserts the verdict on a small corpus written here; the guards are claims the
change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The harbour board met in the autumn to discuss the ferry fares and the new pier.",
           "Divers from the northern fleet repaired the pier after the storms of the winter."]
BRIGADE = ["Secondly, the Kessel Brigade has been patrolling the lagoon since March 2019.",
           "Norland's coastal guard was rebuilt after the floods."]
AUDIT = ["The guild's own ledger records the harbour wardens as responsible for issuing 410 "
         "mooring permits and licences in 2020.",
         "The wardens also repainted the old lighthouse in the summer."]
FERRIES = ["Following the guild's petition, the harbour board closed the ferry line on May 30th "
           "and decided that the removal of the pontoons would be completed by October 2023.",
           "The pontoons had been installed in 2009."]
BOATS = ["The lack of tugboats and cranes has forced the port authority to move much of its "
         "cargo and equipment by rail, with the old tracks causing long delays.",
         "The authority ordered two new cranes for the next year."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_a_country_opening_a_stated_name_does_not_keep_the_conflict_away(tmp_path):
    check_in = checker(tmp_path, "Brigade", BRIGADE + HARBOUR + OTHER_TOPICS)
    payload = check_in("Volunteers from the Danish Kessel Brigade have been patrolling the "
                       "lagoon since March 2021.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "date" for c in conflicts(payload))
    payload = check_in("The Danish Kessel Brigade has been patrolling the lagoon since March 2021.")
    assert payload["verdict"] == "contradicted", payload


def test_the_name_with_its_country_and_the_right_date_is_supported(tmp_path):
    check_in = checker(tmp_path, "Brigade", BRIGADE + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Kessel Brigade has been patrolling the lagoon since March 2019.")
    assert payload["verdict"] == "supported", payload


def test_another_count_of_the_same_thing_in_the_same_year(tmp_path):
    check_in = checker(tmp_path, "Audit", AUDIT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The union's own numbers showed that the harbour's wardens issued 140 "
                       "mooring permits and licences in 2020.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "number" for c in conflicts(payload))


def test_the_same_count_is_not_contradicted(tmp_path):
    check_in = checker(tmp_path, "Audit", AUDIT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The guild's ledger records the harbour wardens as issuing 410 mooring "
                       "permits and licences in 2020.")
    assert payload["verdict"] != "contradicted", payload


def test_a_deadline_the_sentence_states_as_its_own_date(tmp_path):
    check_in = checker(tmp_path, "Ferries", FERRIES + HARBOUR + OTHER_TOPICS)
    payload = check_in("By May 30 the harbour board had closed the ferry line.")
    assert payload["verdict"] != "contradicted", payload
    assert not any(c["kind"] == "date" for c in conflicts(payload)), payload
    # a deadline given otherwise is still one
    payload = check_in("The harbour board decided that the removal of the pontoons would be "
                       "completed by March 2024.")
    assert payload["verdict"] == "contradicted", payload


def test_short_of_a_thing_is_its_lack(tmp_path):
    check_in = checker(tmp_path, "Boats", BOATS + HARBOUR + OTHER_TOPICS)
    payload = check_in("Short of tugboats and cranes, the port authority was forced to move much "
                       "of its cargo and equipment by rail.")
    assert payload["verdict"] == "supported", payload
    # plenty of them is still the lack's opposite
    payload = check_in("With plenty of tugboats and cranes, the port authority moved much of its "
                       "cargo and equipment by sea.")
    assert payload["verdict"] != "supported", payload


DEPOT = ["Nevertheless, one of the main barriers lies within Lorn. The Harbour Board's depot "
         "in Varga is already full.",
         "The yard's old crane was sold in the spring."]


def test_room_to_spare_against_full_with_its_consequence_unsaid(tmp_path):
    # the reversed capacity is the claim's predicate itself, said of the depot both name:
    # the sentence needs no more of the claim's event than that
    check_in = checker(tmp_path, "Depot", DEPOT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Harbour Board's depot in Varga had ample room for extra trucks, so "
                       "transfers to the eastern line required no further land from Lorn's "
                       "council.")
    assert payload["verdict"] == "contradicted", payload
    assert any(c["kind"] == "relation" for c in conflicts(payload))


def test_a_full_depot_is_supported(tmp_path):
    check_in = checker(tmp_path, "Depot", DEPOT + HARBOUR + OTHER_TOPICS)
    payload = check_in("The Harbour Board's depot in Varga is already full.")
    assert payload["verdict"] == "supported", payload


COUNCIL = ["Hence, on 12 May 2019 the Northern Harbour Council (NHC) renewed the dredging plan "
           "by a vote of nine to two.",
           "When the Council authorized the dredging of the channel in April 2018, it mandated "
           "the board to protect the moorings of the fishing fleet.",
           "The NHC met again in the autumn."]
PATROL = ["Image: Danish soldiers of the harbour force HFK (Harbour Force Kessel) patrol on foot "
          "in the streets of Varga, on July 24, 2019, a day after a storm damaged the pier.",
          "The harbour force was set up in 2015."]


def test_an_acronym_and_the_head_of_its_long_form_are_one_actor(tmp_path):
    # the corpus spells NHC out after a date ("on 12 May 2019 the Northern Harbour Council
    # (NHC)"): the long form is the capitalised run after the date, headed by "Council"
    check_in = checker(tmp_path, "Council", COUNCIL + HARBOUR + OTHER_TOPICS)
    payload = check_in("April 2018: NHC authorises the dredging of the channel, mandating the "
                       "board to protect the moorings of the fishing fleet.")
    assert payload["verdict"] != "contradicted", payload
    assert not any(c["kind"] == "actor" for c in conflicts(payload)), payload


def test_a_nationality_stacked_before_the_force_owns_the_soldiers_too(tmp_path):
    check_in = checker(tmp_path, "Patrol", PATROL + HARBOUR + OTHER_TOPICS)
    payload = check_in("24 July 2019: Danish HFK soldiers patrol Varga on foot, one day after a "
                       "storm damaged the pier.")
    assert payload["verdict"] == "supported", payload
    # another nationality in the soldiers' place is still a conflict
    payload = check_in("24 July 2019: Swedish HFK soldiers patrol Varga on foot, one day after a "
                       "storm damaged the pier.")
    assert payload["verdict"] != "supported", payload


ENVOY = ["By contrast, the coastal league has repeatedly angered the islanders, particularly in "
         "January 2022, when it imposed port and fishing fees on Lorn. A month earlier, Lorn's "
         "officials had expelled the league's envoy from Varga on the grounds that he was "
         "hostile to the island council.",
         "The envoy later returned to the mainland."]


def test_a_date_in_an_opening_before_clause_bounds_the_main_event(tmp_path):
    # "Before X in January 2022, Y": Y came before January 2022; "a month earlier" (December
    # 2021, reckoned from January 2022) is on that side of it, no other date
    check_in = checker(tmp_path, "Envoy", ENVOY + HARBOUR + OTHER_TOPICS)
    payload = check_in("Before the coastal league imposed fees on Lorn in January 2022, Lorn's "
                       "officials had already expelled the league's envoy from Varga, saying he "
                       "was hostile to the island council.")
    assert payload["verdict"] != "contradicted", payload
    # the other side of it is still contradicted
    payload = check_in("After the coastal league imposed fees on Lorn in January 2022, Lorn's "
                       "officials expelled the league's envoy from Varga, saying he was hostile "
                       "to the island council.")
    assert payload["verdict"] == "contradicted", payload
