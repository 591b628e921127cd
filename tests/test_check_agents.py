"""A sentence that gives the claim's verb another agent does not support it: "the Fishing
Union signed the truce, which the Harbour Council rejected" is not stated by "the truce was
signed by the Harbour Council" (`qa.claims.opposition.agent_replaced`). The claims are about
a small corpus written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.opposition import agent_replaced
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


def replaced(claim: str, sentence: str):
    vocab = vocabulary_for(Analyzer())
    return agent_replaced(parse(claim, vocab), parse(sentence, vocab), vocab)


@pytest.mark.parametrize("claim, sentence, fires", [
    # the sentence's agent is the claim's other name, by a passive or an active verb
    ("The Fishing Union signed the truce in May, which the Harbour Council rejected.",
     "A truce was signed by the Harbour Council in May.", True),
    ("The Fishing Union signed the truce alongside the Harbour Council in May.",
     "The Harbour Council signed the truce in May.", True),
    # the claim's subject is among the sentence's agents
    ("The Fishing Union signed the truce alongside the Harbour Council in May.",
     "The truce was signed by the Harbour Council and the Fishing Union in May.", False),
    ("The Fishing Union signed the truce with the Harbour Council in May.",
     "In May the Fishing Union signed a truce with the Harbour Council.", False),
    # the sentence names no agent of the verb, or one the claim does not name
    ("The Fishing Union signed the truce, which the Harbour Council rejected.",
     "The truce was signed in May after the Harbour Council had met.", False),
    ("The Fishing Union signed the truce, which the Harbour Council rejected.",
     "The truce was signed by the Ferry Guild in May.", False),
    # a passive claim has no subject acting
    ("The truce was signed by the Fishing Union, not the Harbour Council.",
     "The truce was signed by the Harbour Council.", False),
])
def test_agent_replaced(claim, sentence, fires):
    assert bool(replaced(claim, sentence)) == fires


def test_a_sentence_giving_the_verb_another_agent_does_not_support(tmp_path):
    texts = ["A truce with the fishermen was signed by the Harbour Council in May 2019. "
             "The Fishing Union refused to sign it, saying it ignored the night catch."]
    check_in = checker(tmp_path, "Truce", texts + OTHER_TOPICS)
    payload = check_in("The Fishing Union signed the truce with the fishermen in May 2019, "
                       "which the Harbour Council rejected.")
    assert payload["verdict"] != "supported", payload
    assert check_in("The Harbour Council signed a truce with the fishermen in May "
                    "2019.")["verdict"] == "supported"


@pytest.mark.parametrize("sentence, fires", [
    # another name right before the claim name's verb: the word is given to another owner
    ("The Harbour Guild left Kalokol in May 2019.", True),
    # the other name completes the claim's name in an "of" phrase: still the claim's subject
    ("The Reef Task Force of the Harbour Guild left Kalokol in May 2019.", False),
    ("The Reef Task Force of Harbour Guild left Kalokol in May 2019.", False),
])
def test_a_name_completing_the_claims_name_owns_nothing(sentence, fires):
    from qa.claims.opposition import owner_swapped
    vocab = vocabulary_for(Analyzer())
    found = owner_swapped(parse("The Reef Task Force left Kalokol in May 2019.", vocab),
                          parse(sentence, vocab), vocab)
    assert bool(found) == fires, found


def test_a_subject_with_an_of_phrase_still_supports(tmp_path):
    texts = ["The Reef Task Force of the Harbour Guild left Kalokol in May 2019, which made "
             "the fishing season harder for the villages."]
    check_in = checker(tmp_path, "Reef", texts + OTHER_TOPICS)
    payload = check_in("The Reef Task Force left Kalokol in May 2019.")
    assert payload["verdict"] == "supported", payload
