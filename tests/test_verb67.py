"""A claim's main verb that shares its word with one of the claim's names ("trained by the
... Training Mission"), stated only through that name, is not stated: the sentence tells
another deed of the same crews (`qa.claims.verb_kin`). Invented texts."""
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
        "Work went ahead on the dredging of the north channel, helped by the creation of new "
        "pilot crews in the east and the founding of a harbour school. The board also talked "
        "with the ferry owners, the Velden guild, the Ostvik traders and the Harbour Union "
        "(HU).",
        "In 2030 the Tarland Seamen's Training School trained forty deckhands for the ferry "
        "line.",
        "To meet its aims, the board has worked with the town council, the ferry owners, the "
        "Harbour Union Training Mission (HUTM), the coast guard and several other local "
        "bodies.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


def test_a_verb_stated_only_by_the_claims_own_name_is_not_supported(harbour):
    # the sentence names the crews and the Union, and tells of their creation, not training
    assert verdict(harbour, "The new pilot crews in the east were trained by the Harbour "
                            "Union Training Mission.") == "not_found"


@pytest.mark.parametrize("claim", [
    # the deed the sentence tells, in other words: no word of a name
    "The new pilot crews in the east were created with help from the Harbour Union.",
    # the verb shares its word with the name, and the sentence states it on its own too
    "In 2030 forty deckhands were trained by the Tarland Seamen's Training School.",
])
def test_a_verb_the_sentence_states_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_past_form_qualifying_a_noun_is_no_main_verb():
    from qa.claims.verb_kin import main_verbs
    claim = parse("The guild and armed guards renegotiated the lease in 2030.", VOCAB)
    assert [claim.tokens[n].word for n in main_verbs(claim)] == ["renegotiated"]


def test_a_progressive_verb_is_a_main_verb():
    from qa.claims.verb_kin import main_verbs
    claim = parse("The pilots' union has been training deckhands since 2030.", VOCAB)
    assert [claim.tokens[n].word for n in main_verbs(claim)] == ["training"]


def test_a_word_inside_the_sentences_names_is_not_said_outside_them():
    from qa.claims.verb_kin import said_outside_names
    claim = parse("The Velden board trained the ferry crews in 2030.", VOCAB)
    sentence = parse("In 2030 the Velden board sent the ferry crews to the Harbour Training "
                     "Centre.", VOCAB)
    trained = next(t for t in claim.tokens if t.word == "trained")
    assert not said_outside_names(trained, sentence, VOCAB, frozenset())
    assert said_outside_names(trained, parse("The Velden board trained them.", VOCAB), VOCAB,
                              frozenset())
