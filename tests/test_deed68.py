"""A claim whose verb is a prefixed troponym of the sentence's verb ("restocked" a kind of
"stocked", "undercharged" of "charged") is another deed of the same actors, object and date:
the sentence tells the plain deed, not the claim's repetition or excess
(`qa.claims.prefixed_deed`). Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.prefixed_deed import general_verb, prefixed_deed
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the Velden harbour board stocked the north boathouse with rope and "
        "flares, after the spring floods.",
        "The Ostvik chandlers charged the visiting trawlers for diesel through the whole of "
        "2030, at the Brenna quay.",
        "In 2029 the Tarland council elected Mira Holm as harbour master for three years.",
        "The ferry guild re-examined the timetable in March 2032 and kept the night crossing.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the same board, boathouse and month: the sentence tells a stocking, not a restocking
    "In May 2031 the Velden harbour board restocked the north boathouse.",
    # the same chandlers, trawlers and year: charging, not charging too little
    "The Ostvik chandlers undercharged the visiting trawlers for diesel in 2030.",
    # the same council, person and year: an election, not a re-election
    "In 2029 the Tarland council reelected Mira Holm as harbour master.",
])
def test_a_prefixed_troponym_of_the_sentences_verb_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) == "not_found"


@pytest.mark.parametrize("claim", [
    # the plain deed the sentence tells
    "In May 2031 the Velden harbour board stocked the north boathouse.",
    # the prefixed verb the sentence writes itself, hyphenated there, joined here
    "In March 2032 the ferry guild reexamined the timetable.",
])
def test_the_deed_the_sentence_tells_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_near_miss_with_another_detail_stays_unsupported(harbour):
    # the plain deed, with a reason the sentence never gives: not supported either way
    assert verdict(harbour, "In May 2031 the Velden harbour board stocked the north boathouse "
                            "because of a grounded tanker.") == "not_found"


def test_the_general_verb_is_the_troponyms_word_without_its_prefix():
    assert general_verb("repaint") == "paint"
    assert general_verb("undercharge") == "charge"
    # a prefixed word that is no kind of its rest: "overrun" is no kind of "run" in WordNet
    assert general_verb("outrun") is None
    assert general_verb("paint") is None


def test_a_noun_after_a_determiner_is_no_verb_of_the_sentence():
    claim = parse("Trawlers outnumbered ferries in the harbour in 2030.", VOCAB)
    sentence = parse("In 2030 the number of trawlers in the harbour grew.", VOCAB)
    assert prefixed_deed(claim, sentence) is None
