"""`qa check` on three readings of round 54 (contradicted claims, both directions):

- a manner one text affirms by its adverb ("unanimously", "hesitantly") and the other denies
  with "without" and the noun of the same stem ("without unanimity") is the same manner
  denied, a conflict either way (`without_manner`);
- a claim's "without X" that the sentence denies too ("not unanimously approved, with two
  wardens abstaining") is the claim's denial said otherwise: the sentence's "with" is about
  something else, no reversed relation (`sequence.same_denial`, now asked by
  `polarity.reversed_in_place` as `opposition.opposed` asks it);
- a sentence that says the claim's word of order before the same object ("after six years of
  service") tells the claim's earlier event as its earlier one: another word of order in it
  ("Following the request") orders another pair, and reverses nothing (`order_told`);
- a thing the claim says was done without ("travel without police escorts", "endorsed without
  reservation") that the sentence says was had or needed for the same act ("travelling ...
  require escorts from the police", "had reservations about") is affirmed in the role "without"
  denies (`without_possessed`), unless another negation in its clause undoes it ("could not
  travel without escorts" affirms them);
- a negation followed in its clause by "without" makes a condition, no denial of its verb:
  "could not travel outside the walls without escorts" is not contradicted by "travelling
  outside the walls require escorts" (`conditional_denial`);
- a verb of decrease against a verb of increase done to the same object ("shrank its mooring
  zone" / "enlarged its mooring zone"), neither of any polarity with its neutral object, is
  the claim's event reversed (`direction_reversed`);
- a figure in conflict inside an apposition to the same name in both texts ("Norland, the
  harbour's second-largest grain supplier," / "Norland, the harbour's third-largest grain
  supplier,") is a statement of its own, contradicted whatever words the clause it interrupts
  goes on with (`apposed_value`).

Each test asserts the verdict on a small corpus written here; the guards are claims the
change must leave alone."""
from tests.test_check import OTHER_TOPICS, checker

COUNCIL = ["On 4 May 2017 the harbour council unanimously adopted the ferry plan, which set new "
           "fares for the northern route.",
           "The guild's budget for the lighthouse was approved without unanimity in March 2019, "
           "with two wardens abstaining.",
           "The wardens hesitantly accepted the new rota after a long debate in the autumn."]
BUDGET = ["In May 2019, for the first time since the guild was founded, the harbour budget was "
          "not unanimously approved, with two wardens abstaining, which angered the mayor."]
FERRY = ["On 3 March 2021, after six years of the ferry's service on the lagoon, the town "
         "council of Velden requested its immediate closure. Following the council's request, "
         "the harbour board ended the service on 30 March and decided that the removal of the "
         "pontoons would be completed by June 2021."]

PATROLS = ["Because of the mines, wardens travelling outside the harbour walls require escorts "
           "from the coastal guard or the river police.",
           "The guild had reservations about rebuilding the northern pier in early 2019.",
           "The board's ferry plan was approved in 2018 after a long debate."]

BASIN = ["In March 2020 the harbour board enlarged its mooring zone in the northern basin to make "
         "room for the new ferries.",
         "In 2015 the board reduced the fishing quotas for the southern fleet."]

SUPPLIERS = ["Meanwhile, Norland, the harbour's third-largest grain supplier, is sitting on the "
             "fence about the new tariffs.",
             "Sudland shipped its grain by rail in the spring."]


def conflicts(payload):
    return [c for e in payload["evidence"] for c in e.get("conflicts", [])]


def test_without_the_noun_of_an_affirmed_adverb_contradicts(tmp_path):
    check_in = checker(tmp_path, "Council", COUNCIL + OTHER_TOPICS)
    for claim in ("On 4 May 2017 the harbour council adopted the ferry plan without unanimity.",
                  "The ferry plan was adopted by the harbour council without unanimity on 4 May "
                  "2017.",
                  "The wardens accepted the new rota without any hesitation after a long debate."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "polarity" for c in conflicts(payload)), payload


def test_an_adverb_against_without_its_noun_is_no_support(tmp_path):
    check_in = checker(tmp_path, "Council", COUNCIL + OTHER_TOPICS)
    payload = check_in("In March 2019 the guild's budget for the lighthouse was unanimously "
                       "approved.")
    assert payload["verdict"] == "contradicted", payload


def test_the_same_manner_both_ways_stays_supported(tmp_path):
    check_in = checker(tmp_path, "Council", COUNCIL + OTHER_TOPICS)
    for claim in ("On 4 May 2017 the harbour council unanimously adopted the ferry plan.",
                  "The guild's budget for the lighthouse was approved without unanimity in March "
                  "2019.",
                  "The wardens hesitantly accepted the new rota."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_a_denial_said_otherwise_is_no_reversed_with(tmp_path):
    check_in = checker(tmp_path, "Budget", BUDGET + OTHER_TOPICS)
    for claim in ("Not once before May 2019 had a harbour budget been approved without "
                  "unanimity; that month, two wardens chose to abstain.",
                  "Never before May 2019 had the harbour budget been approved without unanimity;"
                  " that month, two wardens chose to abstain."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", payload
    payload = check_in("In May 2019 the harbour budget was approved without unanimity, and two "
                       "wardens abstained.")
    assert payload["verdict"] == "supported", payload


def test_the_same_order_told_with_another_pair_is_no_reversal(tmp_path):
    check_in = checker(tmp_path, "Ferry", FERRY + OTHER_TOPICS)
    for claim in ("After six years of service on the lagoon, the town council of Velden asked "
                  "for the ferry's immediate closure, and the harbour board ended the service "
                  "on 30 March.",
                  "On 3 March 2021, after six years of the ferry's service, the town council of "
                  "Velden demanded its immediate closure, and by 30 March the harbour board had "
                  "ended the service."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload


def test_an_order_reversed_is_still_contradicted(tmp_path):
    check_in = checker(tmp_path, "Ferry", FERRY + OTHER_TOPICS)
    payload = check_in("The harbour board ended the ferry service before the town council of "
                       "Velden requested its closure.")
    assert payload["verdict"] == "contradicted", payload


def test_without_what_the_sentence_says_was_needed_contradicts(tmp_path):
    check_in = checker(tmp_path, "Patrols", PATROLS + OTHER_TOPICS)
    for claim in ("Wardens could travel outside the harbour walls without coastal guard or river "
                  "police escorts.",
                  "Wardens travel outside the harbour walls without escorts.",
                  "In early 2019 the rebuilding of the northern pier was endorsed without "
                  "reservation by the guild.",
                  "Without escorts, wardens travelled outside the harbour walls."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "polarity" for c in conflicts(payload)), payload


def test_what_was_needed_stated_and_another_act_without_it_are_left_alone(tmp_path):
    check_in = checker(tmp_path, "Patrols", PATROLS + OTHER_TOPICS)
    for claim in ("Wardens travelling outside the harbour walls require escorts from the coastal "
                  "guard.",
                  "The guild had reservations about rebuilding the northern pier."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload
    for claim in ("The board's ferry plan was approved without reservation in 2018.",
                  "The wardens withdrew their escorts from the harbour walls in 2019."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", payload


def test_a_verb_of_decrease_against_one_of_increase_on_the_same_object(tmp_path):
    check_in = checker(tmp_path, "Basin", BASIN + OTHER_TOPICS)
    for claim in ("In March 2020 the harbour board shrank its mooring zone in the northern basin.",
                  "In March 2020 the harbour board reduced its mooring zone."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "relation" for c in conflicts(payload)), payload


def test_the_same_direction_or_another_object_is_left_alone(tmp_path):
    check_in = checker(tmp_path, "Basin", BASIN + OTHER_TOPICS)
    for claim in ("In March 2020 the harbour board enlarged its mooring zone.",
                  "In March 2020 the harbour board expanded its mooring zone in the northern "
                  "basin."):
        payload = check_in(claim)
        assert payload["verdict"] == "supported", payload
    for claim in ("The guild reduced its mooring fees in the northern basin in 2021.",
                  "In March 2020 the harbour board reduced its fishing quotas."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", payload


def test_a_negation_undone_by_without_is_a_condition_not_a_denial(tmp_path):
    check_in = checker(tmp_path, "Patrols", PATROLS + OTHER_TOPICS)
    for claim in ("Wardens could not travel outside the harbour walls without escorts from the "
                  "coastal guard.",
                  "Wardens never travel outside the harbour walls without escorts.",
                  "Without escorts, wardens could not travel outside the harbour walls."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", payload
    # a plain denial of the verb, or of what was needed, is still contradicted
    for claim in ("Wardens could not travel outside the harbour walls.",
                  "Wardens travelling outside the harbour walls require no escorts."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload


def test_a_figure_in_an_apposition_to_the_same_name(tmp_path):
    check_in = checker(tmp_path, "Suppliers", SUPPLIERS + OTHER_TOPICS)
    for claim in ("Norland, the harbour's second-largest grain supplier, was undecided about the "
                  "new tariffs.",
                  "Norland, which was the harbour's largest grain supplier, was reportedly unsure "
                  "about the tariffs."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", payload
        assert any(c["kind"] == "number" for c in conflicts(payload)), payload


def test_the_same_apposition_or_another_name_is_left_alone(tmp_path):
    check_in = checker(tmp_path, "Suppliers", SUPPLIERS + OTHER_TOPICS)
    for claim in ("Norland, the harbour's third-largest grain supplier, was undecided about the "
                  "new tariffs.",
                  "Sudland, the harbour's second-largest grain supplier, shipped its grain by "
                  "rail."):
        payload = check_in(claim)
        assert payload["verdict"] != "contradicted", payload
