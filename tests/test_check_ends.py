"""Two ends that cannot both hold: another deadline for the same thing (`qa.claims.deadlines`)
and a state that goes on against its end (`qa.claims.continuation`). Unit tests on parsed
sentences, then the verdicts on a small corpus written here."""
import pytest

from qa.claims.continuation import continues, ended_against_continued
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


@pytest.mark.parametrize("word, sign", [
    ("remained", 1), ("remains", 1), ("continues", 1), ("kept", 1),
    ("withdrew", -1), ("withdrawn", -1), ("stopped", -1), ("ceased", -1), ("quit", -1),
    ("joined", 0), ("harbour", 0), ("changed", 0),  # "change" is the stasis table's
])
def test_verbs_that_continue_or_end_a_state_come_from_wordnet(word, sign):
    assert continues(word) == sign


@pytest.mark.parametrize("claim, sentence, pair", [
    ("Norway has remained a member of the fisheries council.",
     "The council lost its best negotiator when Norway has withdrawn from it.",
     ("remained", "withdrawn")),
    ("The fleet stopped its night patrols in the bay.",
     "Despite the storms, the fleet continued its night patrols in the bay.",
     ("stopped", "continued")),
    # the sentence states the claim's own kind of verb too: the state went on, then ended?
    ("Norway remains a member of the council.",
     "Norway remained a member until it withdrew in 2030.", None),
    # denied on one side: "did not withdraw" is the state going on
    ("Norway remains a member of the council.", "Norway did not withdraw from the council.",
     None),
    # about something else: no word beside both verbs is the same
    ("Norway remains a member of the council.", "Sweden quietly withdrew its observers.", None),
    # a noun, not a verb: "the remains"
    ("Divers withdrew from the wreck.", "Divers found the remains of the wreck.", None),
])
def test_a_state_going_on_against_its_end(claim, sentence, pair):
    found = ended_against_continued(parsed(claim), parsed(sentence))
    assert ((found[0].claim, found[0].source) if found else None) == pair


def test_an_end_contradicts_a_claim_that_the_state_went_on(tmp_path):
    texts = ["The fisheries council, made up of delegates from the coastal states, seems a poor "
             "forum, both because Norway has withdrawn from it and because it meets rarely.",
             "The harbour board's deadline for the new pier was moved twice."]
    check_in = checker(tmp_path, "Council", texts + OTHER_TOPICS)
    payload = check_in("Norway remains a member of the fisheries council made up of delegates "
                       "from the coastal states.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0] == {"claim": "remains", "source": "withdrawn",
                                                      "kind": "relation"}
    payload = check_in("Norway has withdrawn from the fisheries council.")
    assert payload["verdict"] == "supported", payload


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


@pytest.mark.parametrize("claim, sentence, stated", [
    ("Fish stocks in the bay recovered from late 2019 onward.",
     "Fish stocks in the bay have shrunk since late 2019.", True),
    ("From March 2020 onwards the ferry ran at a loss.",
     "The ferry has run at a profit since March 2020.", True),
    # another date, or the same date not as a start ("in", "by"): not the same span
    ("Fish stocks in the bay recovered from late 2019 onward.",
     "Fish stocks in the bay have shrunk since late 2017.", False),
    ("Fish stocks in the bay recovered from late 2019 onward.",
     "Fish stocks in the bay shrank in late 2019.", False),
    # "onward" of a journey, no date before it
    ("The ferry sailed onward to Kalokol.", "The ferry has sailed since 2019.", False),
])
def test_from_a_date_onward_is_since_that_date(claim, sentence, stated):
    from qa.claims.deadlines import onward_stated
    assert bool(onward_stated(parsed(claim), parsed(sentence))) == stated


def test_a_reversal_since_the_date_a_claim_starts_from_contradicts(tmp_path):
    # "onward" is a rare word, much of the claim's weight: stated by "since" with the same
    # date, the rest of the sentence is the claim's, reversed
    texts = ["Despite some costly efforts by the harbour board to clean it, the water quality "
             "has worsened in the northern bay since early 2019.",
             "The board's divers also repaired the northern pier after the storms."]
    check_in = checker(tmp_path, "Bay", texts + OTHER_TOPICS)
    payload = check_in("Thanks to the harbour board's efforts, the water quality in the northern "
                       "bay improved markedly from early 2019 onward.")
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["source"] == "worsened"
    # from another date onward: the span is not the sentence's, and too little is stated
    payload = check_in("Thanks to the harbour board's efforts, the water quality in the northern "
                       "bay improved markedly from early 2016 onward.")
    assert payload["verdict"] != "contradicted", payload
