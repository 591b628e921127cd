"""Two ends that cannot both hold: another deadline for the same thing (`qa.claims.deadlines`).
Unit tests on parsed sentences, then the verdicts on a small corpus written here."""
import pytest

from qa.claims.deadlines import deadlines, other_deadline
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, found", [
    ("The board must finish the dredging by March 2031.", ["March 2031"]),
    ("The ferry will run until 2029, the board said.", ["2029"]),
    ("They set 14 May as the deadline for the bids.", ["14 May"]),
    ("The board was set up in March 2031.", []),  # the date of an event, not an end
    ("The board dredged the port from 2019 to 2021.", []),
])
def test_a_deadline_is_a_date_that_ends_a_span(text, found):
    p = parsed(text)
    assert [p.text[d[0].start:d[-1].end] for d in deadlines(p)] == found


@pytest.mark.parametrize("claim, sentence, conflicting", [
    # each part given on both sides is compared, wherever the deadline stands
    ("The port gave the divers until October 2030 to clear the wrecks.",
     "The wrecks were to be cleared by April 2030, the port said.", [("October", "April")]),
    ("The divers had until May 2031 to finish.", "They were to finish by May 2029.",
     [("2031", "2029")]),
    ("The board set 2 June as the deadline for the bids.", "Bids were due by 12 June.",
     [("2 June", "12 June")]),
    # the same deadline, or a part given on one side only: no conflict
    ("The divers had until May 2031 to finish.", "They were to finish by May 2031.", []),
    ("The divers had until May 2031 to finish.", "They were to finish by 2031.", []),
    # a date of an event is no deadline, however close to the claim's
    ("The divers had until May 2031 to finish.", "They finished in May 2029.", []),
    # two deadlines in the sentence: which one is the claim's is not known
    ("The divers had until May 2031 to finish.",
     "They were to clear the port by May 2029 and the pier by June 2030.", []),
])
def test_another_deadline_for_the_same_thing(claim, sentence, conflicting):
    found = other_deadline(parsed(claim), parsed(sentence))
    assert [(a.text, b.text) for a, b in found] == conflicting


def test_another_deadline_contradicts(tmp_path):
    texts = ["After the storm, the harbour board closed the old pier on 3 May and decided that "
             "the repairs would be completed by November 2031.",
             "The divers' union welcomed the decision."]
    check_in = checker(tmp_path, "Pier", texts + OTHER_TOPICS)
    payload = check_in("After closing the old pier on 3 May, the harbour board gave the "
                       "contractors until March 2032 to complete the repairs.")
    assert payload["verdict"] == "contradicted", payload
    assert {c["kind"] for c in payload["evidence"][0]["conflicts"]} == {"date"}
    payload = check_in("The harbour board decided that the repairs of the old pier would be "
                       "completed by November 2031.")
    assert payload["verdict"] == "supported", payload
