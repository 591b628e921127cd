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
  ("Following the request") orders another pair, and reverses nothing (`order_told`).

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

