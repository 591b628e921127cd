"""A claim's modifier that a sentence's bare "the NOUN" leaves to the sentence before
(`qa.claims.definite_noun`): "a structural survey of the pier. The survey, sent to the board in
May 2021, listed four repairs". The claims are about a small corpus written here."""
from tests.test_check import OTHER_TOPICS, checker

PIER = ["Storms and the strained budget of the harbour led the port authority to order a "
        "structural survey of the eastern pier. The survey, sent to the harbour board in May "
        "2021, listed four repairs for reopening the pier to ferries."]


def test_the_modifier_of_a_noun_referred_back_to_is_stated_by_its_first_mention(tmp_path):
    check_in = checker(tmp_path, "Pier", PIER + OTHER_TOPICS)
    payload = check_in("The structural survey that reached the harbour board in May 2021 "
                       "put four repairs on the table for reopening the pier.")
    assert payload["verdict"] == "supported", payload
    assert "structural" not in payload["unverified"], payload


def test_another_modifier_is_not_stated(tmp_path):
    check_in = checker(tmp_path, "Pier", PIER + OTHER_TOPICS)
    payload = check_in("The financial survey that reached the harbour board in May 2021 "
                       "put four repairs on the table for reopening the pier.")
    assert payload["verdict"] != "supported", payload
    assert "financial" in payload["unverified"], payload
    # nor a modifier the antecedent's sentence does not put before the noun
    texts = ["Storms led the port authority to order a survey of the eastern pier. The "
             "survey, sent to the harbour board in May 2021, listed four repairs for "
             "reopening the pier to ferries. The work was structural."]
    (tmp_path / "other").mkdir()
    check_in = checker(tmp_path / "other", "Pier", texts + OTHER_TOPICS)
    payload = check_in("The structural survey that reached the harbour board in May 2021 "
                       "put four repairs on the table for reopening the pier.")
    assert "structural" in payload["unverified"], payload
