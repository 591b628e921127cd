"""A word the claim uses both in a name and as a common word ("the Reef Task Force was made up
of special forces") is not stated by a sentence that has it only in the name
(`qa.claims.vetoes.said_in_names_only`). The claims are about a small corpus written here."""
from qa.claims.vetoes import said_in_names_only
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


def test_a_name_the_sentence_gives_by_its_acronym_is_stated_not_in_conflict(tmp_path):
    # the corpus defines the acronym; the sentence's subject is another body, whose data
    # name the claim's by its acronym: no actor conflict, and a changed figure still is one
    texts = ["Rescues on the lake are run by the Lodwar Defence and Rescue Service (LDRS), "
             "founded in 2001.",
             "The Coast Watch's own data records the LDRS as being responsible for 40 rescues "
             "in 2019."]
    check_in = checker(tmp_path, "Rescues", texts + OTHER_TOPICS)
    claim = ("According to the watch's own data, Lodwar's Defence and Rescue Service was "
             "responsible for {} rescues in 2019.")
    payload = check_in(claim.format(40))
    assert payload["verdict"] == "supported", payload
    payload = check_in(claim.format(70))
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"][0]["kind"] == "number"
