"""A claim's main verb that the sentence holds only as a word of one of its names ("the
Ostland Arbitration Board" for "arbitrated") is not stated: the name names a body, it tells
no deed (`qa.claims.verb_kin.verb_in_their_name`). Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the ferry guild and the Velden traders wrote to the Ostland Arbitration "
        "Board about the new harbour tolls.",
        "The pilots' union worked closely with the Coastal Authority for Berth Allocation "
        "during the winter season of 2032.",
        "In 2033 the Tarland Harbour Arbitration Panel arbitrated the long quarrel between "
        "the dockers and the shipping line.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the sentence names a board of arbitration: it does not say the guild arbitrated
    "The ferry guild arbitrated the dispute over the harbour tolls in May 2031.",
    # a verb whose noun stands in the authority's name: the union allocated nothing
    "The pilots' union allocated the berths during the winter season of 2032.",
])
def test_a_verb_held_only_by_a_name_of_the_sentence_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) == "not_found"


@pytest.mark.parametrize("claim", [
    # the sentence says the deed in plain words too, besides its name
    "In 2033 the Tarland panel arbitrated the quarrel between the dockers and the shipping "
    "line.",
    # the name is the claim's own subject: no verb of the claim stands in it
    "In May 2031 the ferry guild wrote to the Ostland Arbitration Board about the tolls.",
    "The Coastal Authority for Berth Allocation worked with the pilots' union in 2032.",
])
def test_a_deed_told_or_a_name_named_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_the_verb_in_a_name_of_the_sentence_is_found():
    from qa.claims.verb_kin import verb_in_their_name
    claim = parse("The ferry guild arbitrated the toll dispute in 2031.", VOCAB)
    named = parse("In 2031 the ferry guild wrote to the Ostland Arbitration Board.", VOCAB)
    plain = parse("In 2031 the ferry guild arbitrated between the traders and the board.",
                  VOCAB)
    found = verb_in_their_name(claim, named, VOCAB, frozenset())
    assert found is not None and found.word == "arbitrated"
    assert verb_in_their_name(claim, plain, VOCAB, frozenset()) is None
