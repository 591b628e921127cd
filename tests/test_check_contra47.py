"""`qa check` reads an adverb of degree against its opposite in the same place: a claim that
something "relies heavily" on a thing is contradicted by a sentence that says it "depends
little" on it, "fell sharply" by "fell slightly", "seldom visit" by "routinely visit"
(`words.json` degree_opposites: amplifiers against downtoners, high frequency against low;
read by `qa.claims.reversals` as increments are). Before, the claim's adverb was one unstated word
among many and such claims were called supported. The same degree, or the same side of the
scale in other words, still supports. Each test is on a small corpus written here."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = ["The island's clinic is heavily reliant on visiting nurses from the mainland. "
         "The museum depends little on state grants.",
         "Household water use fell slightly in 2020. The old pumping station was completely "
         "destroyed by the flood of 1998.",
         "Small businesses strongly criticised the council's new tariff. Court rulings have "
         "only marginally changed the allocation rules.",
         "Night trains on the coastal line are frequently delayed by landslides. Engineers "
         "seldom visit the northern depot. The rail company routinely sends inspectors to the "
         "tunnel."]


@pytest.fixture(scope="module")
def check_in(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("degree"), "Island services", TEXTS + OTHER_TOPICS)


def first_conflicts(payload):
    return payload["evidence"][0]["conflicts"] if payload["evidence"] else []


@pytest.mark.parametrize("claim, mine, theirs", [
    ("The island's clinic depends only slightly on visiting nurses from the mainland.",
     "slightly", "heavily"),
    ("The museum relies heavily on state grants.", "heavily", "little"),
    ("Household water use fell sharply in 2020.", "sharply", "slightly"),
    ("Household water use dropped considerably in 2020.", "considerably", "slightly"),
    ("The old pumping station was only partially destroyed by the flood of 1998.",
     "partially", "completely"),
    ("Small businesses mildly criticised the council's new tariff.", "mildly", "strongly"),
    ("Court rulings have substantially changed the allocation rules.", "substantially",
     "marginally"),
    ("Night trains on the coastal line are rarely delayed by landslides.", "rarely",
     "frequently"),
    ("Engineers often visit the northern depot.", "often", "seldom"),
    ("The rail company seldom sends inspectors to the tunnel.", "seldom", "routinely"),
])
def test_the_opposite_degree_in_place_contradicts(check_in, claim, mine, theirs):
    payload = check_in(claim)
    assert payload["verdict"] == "contradicted", payload
    assert {"claim": mine, "source": theirs, "kind": "relation"} in first_conflicts(payload)


@pytest.mark.parametrize("claim", [
    "The island's clinic relies heavily on visiting nurses from the mainland.",
    "The museum depends little on state grants.",
    "Household water use fell slightly in 2020.",
    "The flood of 1998 completely destroyed the old pumping station.",
    "Small businesses strongly criticised the council's new tariff.",
    "Court rulings have changed the allocation rules only marginally.",
    "Night trains on the coastal line are often delayed by landslides.",
    "Engineers rarely visit the northern depot.",
])
def test_the_same_degree_still_supports(check_in, claim):
    assert check_in(claim)["verdict"] == "supported"
