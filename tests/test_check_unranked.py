"""An ordinal before the claim's superlative ("the second busiest") against the same
superlative alone in the sentence ("the busiest"): the first, another rank
(`compare.unranked`). Not against one of several, nor against the same rank."""
import pytest

from qa.claims.compare import outranked
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())
CLAIM = "The northern ferry is the second busiest ferry route on the coast."


@pytest.mark.parametrize("sentence, fires", [
    ("The northern ferry remains the busiest ferry route on the coast.", True),
    ("The northern ferry, the coast's busiest route, carries 900 cars a day.", True),
    # one of several, or the same rank
    ("The northern ferry is one of the busiest ferry routes on the coast.", False),
    ("The northern ferry is the second-busiest ferry route on the coast.", False),
    ("The northern ferry is the second busiest ferry route on the coast.", False),
    # no superlative of the claim's
    ("The northern ferry is the oldest ferry route on the coast.", False),
])
def test_an_ordinal_rank_against_the_superlative_alone(sentence, fires):
    found = outranked(parse(CLAIM, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert bool(found) is fires
    if fires:
        assert found[0].claim == "second"


def test_an_ordinal_before_a_word_that_is_no_superlative():
    # "request" ends in -est, and ranks nothing
    found = outranked(parse("The guild sent its second request to the harbour board.", VOCAB),
                      parse("The guild sent its request to the harbour board.", VOCAB), VOCAB)
    assert not found
