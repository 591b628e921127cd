"""`qa check` no longer calls a claim contradicted by a sentence about another event of the
same actors: a date or figure given otherwise by a sentence while another sentence states the
claim's own value with more of the claim (`qa.claims.attested`), and a verb of the other
polarity placed only by what comes before the claim's verb, when nothing of what the claim's
verb goes on to say is stated (`qa.claims.polarity.opposed_polarity`). Each test asserts the
verdict on a small corpus written here; the guards are contradictions the change must keep."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

COAST = ["In June 2019, the coastal towns and the fishing unions signed the Harbour Accord in "
         "Bergen, with Norway as the principal mediator.",
         "A preliminary fishing quota deal was signed by the coastal towns in March 2019.",
         "In May 2022, the ferry company cut 40 of its routes to the islands.",
         "The harbour council did propose raising the landing fees by 12 percent in 2020, but "
         "the unions objected."]
PROVINCE = ["In particular, the governor riled Norway by detaining 12 Norwegian fishermen whom "
            "he called smugglers.",
            "The provincial assembly praised the new lighthouse keepers for their courage "
            "during the storm of 2018."]


@pytest.mark.parametrize("claim", [
    "In March 2019, the coastal towns signed a preliminary fishing deal in Bergen.",
    "March 2019: coastal towns sign preliminary quota deal with Norway as mediator.",
])
def test_a_date_another_sentence_states_of_the_claims_event(tmp_path, claim):
    # the June accord is another deal: the March one is the claim's, Bergen unstated of it
    check_in = checker(tmp_path, "Coast", COAST + OTHER_TOPICS)
    payload = check_in(claim)
    assert payload["verdict"] == "not_found", payload
    assert not any(e.get("conflicts") for e in payload["evidence"]), payload


@pytest.mark.parametrize("claim, conflict", [
    ("In March 2019, the coastal towns and the fishing unions signed the Harbour Accord in "
     "Bergen.", ("March", "June")),
    ("In May 2021, the ferry company cut 40 of its routes to the islands.", ("2021", "2022")),
    ("The ferry company cut 40 routes to the islands in 2020.", ("2020", "2022")),
    ("The harbour council proposed raising the landing fees by 15 percent in 2020.",
     ("15 percent", "12 percent")),
])
def test_a_changed_date_or_figure_of_the_event_is_still_contradicted(tmp_path, claim, conflict):
    # 2020 is stated elsewhere (the fee proposal), but with less of the claim than the cut
    check_in = checker(tmp_path, "Coast", COAST + OTHER_TOPICS)
    payload = check_in(claim)
    assert payload["verdict"] == "contradicted", payload
    assert conflict in [(c["claim"], c["source"]) for e in payload["evidence"]
                        for c in e.get("conflicts", [])]


def test_a_later_deed_is_not_reversed_by_an_earlier_ones_verb(tmp_path):
    # "riled" stands after the governor, as "freed" does, but nothing of "after church
    # mediation" is stated: the riling is another deed
    check_in = checker(tmp_path, "Province", COAST + PROVINCE + OTHER_TOPICS)
    payload = check_in("The 12 Norwegian fishermen detained by the governor were freed after "
                       "church mediation.")
    assert payload["verdict"] == "not_found", payload


@pytest.mark.parametrize("claim, conflict", [
    ("The governor pleased Norway by detaining 12 Norwegian fishermen.", ("pleased", "riled")),
    ("The provincial assembly criticised the new lighthouse keepers for their courage during "
     "the storm.", ("criticised", "praised")),
    ("The provincial assembly criticised the new lighthouse keepers.", ("criticised", "praised")),
])
def test_a_reversed_verb_with_what_follows_it_stated_is_still_contradicted(tmp_path, claim,
                                                                            conflict):
    check_in = checker(tmp_path, "Province", COAST + PROVINCE + OTHER_TOPICS)
    payload = check_in(claim)
    assert payload["verdict"] == "contradicted", payload
    assert conflict in [(c["claim"], c["source"]) for e in payload["evidence"]
                        for c in e.get("conflicts", [])]


PORTS = ["No Norwegian port has suffered the fate of Lerwick, in neighbouring Scotland, where "
         "the harbour was closed by a nine-month strike.",
         "Norway detained 12 fishermen from Scotland in the spring."]


def test_a_name_after_no_holds_no_side_of_the_verb(tmp_path):
    # "No Norwegian port has suffered" denies the suffering of Norway's ports: the names
    # around "suffered" are not swapped against "Lerwick, in Scotland, suffered"
    check_in = checker(tmp_path, "Ports", PORTS + OTHER_TOPICS)
    payload = check_in("Lerwick, a port in neighbouring Scotland, suffered a nine-month strike, "
                       "something no Norwegian port has gone through.")
    assert payload["verdict"] == "supported", payload


def test_names_swapped_around_a_verb_are_still_contradicted(tmp_path):
    check_in = checker(tmp_path, "Ports", PORTS + OTHER_TOPICS)
    payload = check_in("Scotland detained 12 fishermen from Norway in the spring.")
    assert payload["verdict"] == "contradicted", payload
    assert ("Scotland", "Norway") in [(c["claim"], c["source"]) for e in payload["evidence"]
                                      for c in e.get("conflicts", [])]
