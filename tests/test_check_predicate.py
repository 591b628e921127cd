"""A supporting sentence must state what the claim says its subject did: the claim's verb or
some word of its direct object (`qa.claims.predicate`). The claims are about small corpora
written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.predicate import object_phrase, subject_phrase, unstated_event, unstated_state
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The Coast Watch is a group of volunteers based in Lodwar.",
           "In 2019, the Coast Watch published photographs showing that the storm near the "
           "village of Kalokol had sunk eleven fishing boats at the pier.",
           "The harbour board renewed the ferry licence in May after a long debate."]


def test_a_sentence_saying_the_subject_did_something_else_does_not_support(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # the same group, storm, village and year; what the group did is not in the sentence
    payload = check_in("The Coast Watch questioned fishermen about the storm that sank "
                       "eleven fishing boats near Kalokol in 2019.")
    assert payload["verdict"] == "not_found", payload
    assert "questioned" in payload["unverified"]
    # the verb and its object as the sentence puts them
    assert check_in("The Coast Watch published photographs showing that the storm near "
                    "Kalokol had sunk eleven fishing boats in 2019.")["verdict"] == "supported"


def test_a_paraphrased_verb_with_its_object_stated_still_supports(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # "extended" is not "renewed", but the object, the ferry licence, is the sentence's
    payload = check_in("The harbour board extended the ferry licence in May after a long "
                       "debate.")
    assert payload["verdict"] == "supported", payload


@pytest.mark.parametrize("claim, sentence, fires", [
    # neither the verb nor its object: another event
    ("The council recalled its envoy from Lodwar after the vote.",
     "After the vote, the council criticised the mayor of Lodwar.", True),
    ("The inspectors interviewed survivors of the flood in Kalokol.",
     "The inspectors published a report on the flood in Kalokol.", True),
    # the object stated: a paraphrase of the verb
    ("The council recalled its envoy from Lodwar after the vote.",
     "After the vote, the council withdrew its envoy from Lodwar.", False),
    # the verb stated in another form
    ("The inspectors interviewed survivors of the flood in Kalokol.",
     "The inspectors held interviews with people who lived through the flood in Kalokol.",
     False),
    # a gerund's object counts as the object: "stopped running ferries" / "suspended ferries"
    ("The board stopped running night ferries after the storm.",
     "The board suspended its night ferries after the storm.", False),
    # no direct object: a preposition or a clause follows the verb
    ("The board was stripped of its licence after the storm.",
     "After the storm, the board lost the licence.", False),
    ("The board recommended that the ferries stop after the storm.",
     "After the storm, the board proposed halting the ferries.", False),
    # a name's possessive opens the object: "Lodwar's mayor" is the object, unstated
    ("The fishermen ousted Lodwar's mayor in a vote in May.",
     "Lodwar held a vote in May, while the fishermen blocked the harbour.", True),
    # the object stated, but neither the subject nor the verb: someone else did something
    # else with it
    ("The harbour inspectors accepted the survey's findings on the sunken boats.",
     "In May, the board published findings on the sunken boats.", True),
    ("The harbour inspectors accepted the survey's findings on the sunken boats.",
     "In May, the inspectors published findings on the sunken boats.", False),
    # a comparative after the verb is a change of state, not an object: "got much worse" is
    # not an event the sentence must name by the same verb or object
    ("The board closed the pier in May after the road got much worse in Kalokol.",
     "In May, following a sharp deterioration of the road in Kalokol, the board closed "
     "the pier.", False),
    # a noun after the same verb is its object, unstated: another event
    ("The board closed the pier in May after the road got new lights in Kalokol.",
     "In May, following a sharp deterioration of the road in Kalokol, the board closed "
     "the pier.", True),
    # no object: the verb's complement carries the relation ("rested on" / "based on")
    ("The ferry's licence rested on a decree adopted in May.",
     "Based on a decree of May, the ferry was allowed to sail.", False),
])
def test_unstated_event(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    found = unstated_event(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


def test_the_subject_phrase_stops_at_names_and_function_words():
    vocab = vocabulary_for(Analyzer())
    claim = parse("The harbour inspectors jointly accepted the findings.", vocab)
    n = next(i for i, t in enumerate(claim.tokens) if t.word == "accepted")
    assert [t.word for t in subject_phrase(claim, n)] == ["harbour", "inspectors"]
    claim = parse("In May, the council of Lodwar accepted the findings.", vocab)
    n = next(i for i, t in enumerate(claim.tokens) if t.word == "accepted")
    assert subject_phrase(claim, n) == []


def test_the_object_phrase_leaves_out_articles_and_stops_at_function_words():
    vocab = vocabulary_for(Analyzer())
    claim = parse("The council recalled its senior envoy from Lodwar.", vocab)
    n = next(i for i, t in enumerate(claim.tokens) if t.word == "recalled")
    assert [t.word for t in object_phrase(claim, n)] == ["senior", "envoy"]
    claim = parse("The board stopped carrying out night patrols.", vocab)
    n = next(i for i, t in enumerate(claim.tokens) if t.word == "stopped")
    assert [t.word for t in object_phrase(claim, n)] == ["carrying", "night", "patrols"]


@pytest.mark.parametrize("claim, verb", [
    ("Safety at the pier got much worse after the storm.", "got"),
    ("The fishermen grew stronger after the strike.", "grew"),
    ("Safety at the pier got better after the storm.", "got"),
])
def test_a_comparative_after_the_verb_is_no_object(claim, verb):
    vocab = vocabulary_for(Analyzer())
    parsed = parse(claim, vocab)
    n = next(i for i, t in enumerate(parsed.tokens) if t.word == verb)
    assert object_phrase(parsed, n) == []


def test_a_noun_phrase_ending_like_a_comparative_is_an_object():
    vocab = vocabulary_for(Analyzer())
    claim = parse("The fishermen got a number of new boats after the storm.", vocab)
    n = next(i for i, t in enumerate(claim.tokens) if t.word == "got")
    assert [t.word for t in object_phrase(claim, n)] == ["number"]


def state_of(claim: str, sentence: str):
    vocab = vocabulary_for(Analyzer())
    parsed = parse(claim, vocab)
    weights = {t: 1.0 for t in parsed.terms}
    return unstated_state(parsed, parse(sentence, vocab), vocab, frozenset(), weights)


@pytest.mark.parametrize("claim, sentence, fires", [
    # a passive whose verb and agent the sentence leaves unsaid: another fact about the topic
    ("The blockade of Kalokol was broken by the coast guard.",
     "No town has suffered like Kalokol, whose harbour endured a six-month blockade.", True),
    # a state the sentence never mentions
    ("The new ferries bought by the board are fitted for winter sailing.",
     "The board bought two new ferries for the Lodwar crossing.", True),
    # the predicate stated: by its word, a synonym, another form, or inside a longer word
    ("The blockade of Kalokol was broken by the coast guard.",
     "The coast guard broke the six-month blockade of Kalokol.", False),
    ("The harbour was stretched thin by the storm.",
     "The storm left the harbour overstretched.", False),
    # one word only: it may be a paraphrase ("was launched" / "began")
    ("The ferry service was launched in May.",
     "The ferry service began in May.", False),
    # names after "be" are checked elsewhere: no predicate words left
    ("The chairman of the board is Amina Lokwang.",
     "Amina Lokwang has chaired the board since May.", False),
])
def test_unstated_state(claim, sentence, fires):
    found = state_of(claim, sentence)
    assert bool(found) == fires, found


def test_a_passive_claim_whose_predicate_is_unsaid_is_not_supported(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # the storm, the village and the boats are the sentence's; being "salvaged by the navy"
    # is not
    payload = check_in("The eleven fishing boats sunk near Kalokol were salvaged by the navy.")
    assert payload["verdict"] == "not_found", payload
    assert check_in("Eleven fishing boats were sunk at the pier near Kalokol by the "
                    "storm.")["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, fires", [
    # an irregular past that is a word of its own ("paid", "kept"): the claim's verb
    ("The board paid damages to the families of the drowned fishermen.",
     "The storm near Kalokol drowned eleven fishermen, the board said.", True),
    ("The mayor kept a diary of the harbour debates in May.",
     "In May, the harbour debates went on late into the night.", True),
    # its object stated: a paraphrase of the verb
    ("The board paid damages to the families of the drowned fishermen.",
     "The board compensated the families of the drowned fishermen with damages.", False),
    # after an article: an adjective ("the paid staff")
    ("The paid staff of the board closed the pier.",
     "The staff of the board closed the pier.", False),
])
def test_unstated_event_of_a_past_that_is_a_word_of_its_own(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    found = unstated_event(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found
