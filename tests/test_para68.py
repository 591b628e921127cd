"""para68 (invented text): a claim's adjective or adverb stated, for support, by a kindred one
WordNet 3.0 files in one synset in a sense that is not the first of both, or as a satellite of
its head ("grave" / "serious", "largely" / "mostly", "entire" states "whole"), in the word's
place and where the sentence states two of the claim's names, figures and dates
(`qa.claims.modifier_kin`)."""
import pytest

from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.modifier_kin import kin_of, modifier_kin_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("word, stating, states", [
    ("serious", "grave", True),  # one synset, not the first sense of "grave"
    ("mostly", "largely", True),
    ("whole", "entire", True),  # a satellite states its head ...
    ("entire", "whole", False),  # ... and the head does not state its satellite
    ("large", "huge", True),
    ("huge", "large", False),
    ("tiny", "little", False),  # sisters under one head ("small") differ in degree
    ("most", "some", False),
    ("fully", "partly", False),
    ("slow", "fast", False),  # antonyms are never kin
])
def test_kindred_modifiers(word, stating, states):
    assert (stating in kin_of(word)) == states


GRAVE = "In May 2019 the Kalokol harbour board reported a grave shortage of ice at Lodwar."


@pytest.mark.parametrize("claim, sentence, kin", [
    ("In May 2019 the Kalokol harbour board reported a serious shortage of ice at Lodwar.",
     GRAVE, True),
    # the kin stands elsewhere in the sentence, not in the claim word's place
    ("In May 2019 the Kalokol harbour board reported a serious shortage of ice at Lodwar.",
     "In May 2019 the Kalokol harbour board reported a shortage of ice at Lodwar, a grave "
     "matter for the fleet.", False),
    # one typed fact alone does not place the sentence in the claim's event
    ("The Kalokol harbour board reported a serious shortage of ice.",
     "The Kalokol harbour board reported a grave shortage of ice.", False),
])
def test_kin_needs_its_place_and_two_facts(claim, sentence, kin, vocab):
    mine, said = parse(claim, vocab), parse(sentence, vocab)
    found = modifier_kin_terms(mine, said, compare(mine, said, said, vocab))
    assert ("serious" in found) == kin


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "In March 2019 the Kalokol fishing cooperative was largely funded by an entire "
        "year's landing fees collected at Lodwar.",
        "The Kalokol ferry crossed rapidly to Lodwar in 2020, carrying an extra 40 passengers "
        "on its first voyage."]
        + OTHER_TOPICS)
    # the reworded modifier is read as stated: support, and nothing left unverified
    for claim in ("In March 2019 the Kalokol fishing cooperative was mostly funded by a whole "
                  "year's landing fees collected at Lodwar.",
                  "The Kalokol ferry crossed quickly to Lodwar in 2020, carrying 40 additional "
                  "passengers on its first voyage."):
        result = check(claim)
        assert result["verdict"] == "supported" and result["unverified"] == []
    # near misses: a looser or opposite word is not stated by the sentence's kin
    near = check("The Kalokol ferry crossed slowly to Lodwar in 2020, carrying 40 additional "
                 "passengers on its first voyage.")
    assert near["verdict"] != "supported" and "slowly" in near["unverified"]
    assert check("In March 2019 the Kalokol fishing cooperative was partly funded by half "
                 "a year's landing fees collected at Lodwar.")["verdict"] != "supported"
