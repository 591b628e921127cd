"""A true claim called contradicted by a word read apart from the fixed adverb it closes
(round 71, branch sc76), and the near misses that must stay contradicted. Invented texts.

A word closing a fixed two-word WordNet adverb ("so far", "at least") is not the word alone:
no antonym of a claim word in its place, no superlative (`fixed_adverb`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "So far, Velmar has an authorized strength of 42 licensed vessels, of which 30 "
        "passenger ferries and 12 cargo barges. However, in March 2031 the service had not "
        "yet reached its full complement, with only 27 ferries at sea.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the figures still conflict past the fixed adverb
    "So far, Velmar has an authorized strength of 55 licensed vessels.",
    # the deed itself denied by the sentence
    "In March 2031 the Velmar service had reached its full complement.",
])
def test_a_near_miss_stays_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_so_far_is_no_opposite_of_short(harbour):
    from qa.claims.facts import parse
    from qa.claims.reversals import placed_antonym
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("So far, Velmar has an authorized strength of 42 licensed vessels.", vocab)
    claim = parse("The fleet was still short of its full complement against an authorized 42 "
                  "licensed vessels.", vocab)
    assert placed_antonym(claim, sentence, vocab) is None
    # the word alone still reverses: "far" is the opposite of "short" there
    sentence = parse("Velmar is far from its full complement against an authorized 42 licensed "
                     "vessels.", vocab)
    claim = parse("Velmar is short from its full complement against an authorized 42 licensed "
                  "vessels.", vocab)
    assert placed_antonym(claim, sentence, vocab) is not None


def test_at_least_is_a_bound_not_a_superlative(harbour):
    from qa.claims.degree_reversed import read_graded
    from qa.claims.facts import parse
    from qa.claims.superlative_reversed import SIGNS
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("Winter traffic at the quay was at most moderate.", vocab)
    assert read_graded(sentence, SIGNS, "est") == []
    # a superlative without the preposition is still one
    claim = parse("Winter traffic at the quay was the most moderate of the coast.", vocab)
    assert [a for _, a, _ in read_graded(claim, SIGNS, "est")] == ["moderate"]


def test_so_far_is_no_distance():
    from qa.claims.facts import Token
    from qa.claims.fixed_adverb import closes_fixed_adverb

    def tokens(*words):
        return [Token(0, 0, w, (w,), False) for w in words]
    assert closes_fixed_adverb(tokens("so", "far", "the"), 1)
    assert not closes_fixed_adverb(tokens("too", "far", "out"), 1)
    assert not closes_fixed_adverb(tokens("very", "well", "done"), 1)  # "well" keeps "badly"
