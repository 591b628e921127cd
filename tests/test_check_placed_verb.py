"""A claim verb the sentence leaves unsaid that carries a place of its own ("was held in
Varnby"), the place given only elsewhere in the passage: a fact of its own, not the one
reworded word support tolerates (`qa.claims.placed_verb`). Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.placed_verb import placed_by
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Tension in Varnby grew after the long dock strike. Observers criticised the "
        "coastguard's participation in the Pilots' Guild's commemoration of the founding of "
        "the port as contrary to its neutrality.",
        "The regional rowing regatta in Selby attracted crews from nine harbour towns.",
        # other passages, so that neither place is the corpus's setting
        "The port authority raised mooring fees by 12 percent in 2021.",
        "Dredging of the outer channel was completed in March 2020.",
        "The ferry operator added a second night crossing to Osterholm in 2019.",
        "Cargo volumes fell sharply during the winter storms of 2018.",
        "A new customs shed opened beside the fish market in 2022.",
        "The harbour master resigned after the audit of the pilotage accounts.")


@pytest.mark.parametrize("claim", [
    # the verb and its place both unsaid by the sentence, the place named a sentence before
    "The Pilots' Guild's commemoration of the founding of the port, in which the coastguard "
    "participated, was held in Varnby.",
    "The Pilots' Guild's commemoration of the founding of the port, in which the coastguard "
    "participated, was staged in Varnby.",
    # a cleft puts the place before its verb
    "It was in Varnby that the Pilots' Guild held the commemoration of the founding of the "
    "port in which the coastguard participated.",
])
def test_unsaid_verb_with_a_place_elsewhere_is_not_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_place_in_the_sentence_keeps_the_verb_tolerated(harbour):
    # "the regatta in Selby": where it was held is the sentence's own
    claim = "The regional rowing regatta, which attracted crews from nine harbour towns, " \
            "was held in Selby."
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim, verb, place", [
    ("The festival was held in Varnby.", "held", "Varnby"),
    ("The festival was quietly held in Varnby in May.", "held", "Varnby"),
    ("It was in Varnby, in fact, that the guild held the festival.", "held", "Varnby"),
])
def test_place_of_a_verb(claim, verb, place):
    vocab = vocabulary_for(Analyzer())
    parsed = parse_text(claim, vocab)
    n = next(i for i, t in enumerate(parsed.tokens) if t.word == verb)
    assert placed_by(parsed, n).text == place


def test_a_place_after_the_object_is_not_the_verbs():
    # "held talks with Varnby": no preposition of place right after the verb
    vocab = vocabulary_for(Analyzer())
    parsed = parse_text("The guild held talks with Varnby.", vocab)
    n = next(i for i, t in enumerate(parsed.tokens) if t.word == "held")
    assert placed_by(parsed, n) is None
