"""A name the claim abbreviates in brackets right after it (`qa.claims.restated`): a timeline's
"Ghana (GHA) closes its embassy" is stated by a sentence naming Ghana, though the corpus never
uses the acronym; not an acronym whose letters are another name's ("Ghana (KEN)")."""
from tests.test_check import OTHER_TOPICS, checker

EMBASSY = ["On 12 May 2021 Ghana closed its embassy in Kessel after the spring storms."]


def test_an_acronym_the_claim_gives_its_name_is_stated_with_the_name(tmp_path):
    check_in = checker(tmp_path, "Harbour", EMBASSY + OTHER_TOPICS)
    payload = check_in("12 May 2021: Ghana (GHA) closes its embassy in Kessel after the "
                       "spring storms.")
    assert payload["verdict"] == "supported", payload
    assert "GHA" not in payload["unverified"], payload


def test_an_acronym_of_another_name_is_not(tmp_path):
    check_in = checker(tmp_path, "Harbour", EMBASSY + OTHER_TOPICS)
    payload = check_in("12 May 2021: Ghana (KEN) closes its embassy in Kessel after the "
                       "spring storms.")
    assert payload["verdict"] != "supported", payload
    assert "KEN" in payload["unverified"], payload
