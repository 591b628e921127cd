"""An opposite of the claim's predicate where the claim says it, found by the place a reworded
word is found by (`qa.claims.opposite_predicate`): the claim's stated neighbours on one side,
a phrase of the clause put elsewhere in the sentence. Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.opposite_predicate import find_heads, opposite_predicate
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import OTHER_HARBOUR_NEWS, port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Unlike the salt barges of the lower river, the Velden ferry fleet has been expanding "
        "since 2031.",
        "The harbour board's vote on the night tolls was preceded by a public hearing in "
        "Ostvik.",
        *OTHER_HARBOUR_NEWS)


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # an opposite of the sentence's verb (WordNet's indirect antonym; a verb of decrease),
    # the date put before the clause
    "Since 2031 the Velden ferry fleet has been shrinking.",
    "Since 2031 the Velden ferry fleet has been dwindling.",
])
def test_the_opposite_predicate_with_a_moved_phrase_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    # the sentence's verb, a synonym of it; the same order told in the other voice
    "Since 2031 the Velden ferry fleet has been expanding, unlike the salt barges of the "
    "lower river.",
    "Since 2031 the Velden ferry fleet has been growing, unlike the salt barges of the lower "
    "river.",
    "A public hearing in Ostvik preceded the harbour board's vote on the night tolls.",
])
def test_the_predicate_itself_or_reworded_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_converse_in_the_other_voice_is_no_opposite():
    # "A was preceded by B" and "B followed A" tell one order: the voices differ
    claim = parse("The harbour board's vote was preceded by a public hearing in Ostvik.",
                  VOCAB)
    sentence = parse("A public hearing in Ostvik followed the harbour board's vote.", VOCAB)
    assert opposite_predicate(claim, sentence, VOCAB, frozenset()) is None


def test_a_comparative_and_a_linked_adjective_are_predicate_heads():
    text = parse("The tolls at Brask were higher than those at Ostvik and remained affordable.",
                 VOCAB)
    kinds = {text.tokens[n].word: kind for n, kind in find_heads(text)}
    assert kinds.get("higher") == "comparative" and kinds.get("affordable") == "adjective"
