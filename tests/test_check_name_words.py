"""A word the claim uses both in a name and as a common word ("the Reef Task Force was made up
of special forces") is not stated by a sentence that has it only in the name
(`qa.claims.check.said_in_names_only`). The claims are about a small corpus written here."""
from qa.claims.check import said_in_names_only
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def found(claim: str, sentence: str):
    parsed = parse(claim, VOCAB)
    weights = {t: 1.0 for t in parsed.terms}
    return said_in_names_only(parsed, parse(sentence, VOCAB), VOCAB, weights)


def test_a_word_said_only_inside_the_sentences_name_is_not_stated():
    token = found("The Reef Task Force was made up of naval forces.",
                  "The Reef Task Force left the harbour in May.")
    assert token is not None and token.word == "forces"


def test_the_word_said_outside_the_name_too_is_stated():
    assert found("The Reef Task Force was made up of naval forces.",
                 "The Reef Task Force, whose forces came from the navy, left in May.") is None


def test_a_word_the_claim_says_once_is_left_to_coverage():
    # the claim uses "force" only as a common word: the rule does not look at it
    assert found("The council sent a naval force to the reef.",
                 "The Reef Task Force was sent by the council.") is None


def test_a_claim_repeating_a_names_word_is_not_supported_by_the_name(tmp_path):
    texts = ["The Reef Task Force left Kalokol in May 2019, which made the fishing season "
             "harder for the villages."]
    check_in = checker(tmp_path, "Reef", texts + OTHER_TOPICS)
    payload = check_in("The Reef Task Force that left Kalokol was made up of naval forces.")
    assert payload["verdict"] != "supported", payload
    assert check_in("The Reef Task Force left Kalokol in May 2019.")["verdict"] == "supported"
