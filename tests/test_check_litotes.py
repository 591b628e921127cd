"""`qa check` reads two denials that affirm: a negation reaching a word whose WordNet opposite
the other text states ("did not use different methods" / "used the same method", "no
different length" / "the same length") says what that text says, and is no polarity conflict;
a denial of the very word the other text affirms still is. Each test asserts the verdict on a
small corpus written here."""
from tests.test_check import OTHER_TOPICS, checker

SURVEYS = ["The Harlow survey team used the same method in every district of the valley in "
           "2019.",
           "The two bridges over the Tarn have no different length: each spans 240 metres.",
           "The ferry operator accepted the new timetable in March.",
           "The coast guard deployed armed patrol boats to the Tarn estuary in 2021."]


def test_a_denied_opposite_is_no_conflict(tmp_path):
    check_in = checker(tmp_path, "Surveys", SURVEYS + OTHER_TOPICS)
    payload = check_in("The Harlow survey team did not use different methods in the districts "
                       "of the valley.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("The two bridges over the Tarn have the same length.")
    assert payload["verdict"] != "contradicted", payload
    payload = check_in("The ferry operator did not reject the new timetable in March.")
    assert payload["verdict"] != "contradicted", payload


def test_a_denial_of_the_word_itself_is_still_a_conflict(tmp_path):
    check_in = checker(tmp_path, "Surveys", SURVEYS + OTHER_TOPICS)
    for claim in ("The Harlow survey team did not use the same method in every district of "
                  "the valley.",
                  "The ferry operator did not accept the new timetable in March.",
                  "The two bridges over the Tarn have different lengths.",
                  # a word denied by its prefix against its own opposite: the conflict itself
                  "The coast guard deployed unarmed patrol boats to the Tarn estuary in 2021."):
        payload = check_in(claim)
        assert payload["verdict"] == "contradicted", (claim, payload)
