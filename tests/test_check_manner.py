"""An adverb of manner after a phrasal verb ("wound down gradually", "phased out slowly") is
a fact of the claim, as after a plain verb ("adopted unanimously"): `vetoes.unstated_manner`."""
import pytest

from qa.claims.vetoes import unstated_manner
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.mark.parametrize("claim, sentence, fires", [
    # the phrasal verb's adverb unstated: the manner is the claim's news
    ("The board asked for the ferry service to be wound down gradually over two years.",
     "The board asked for an end to the ferry service within a month.", True),
    ("The council phased out slowly the night patrols on the pier.",
     "The council ended the night patrols on the pier.", True),
    # stated, by the word or a synonym
    ("The council phased out slowly the night patrols on the pier.",
     "The council slowly phased out the night patrols on the pier.", False),
    ("The board asked for the ferry service to be wound down gradually over two years.",
     "The board asked that the ferry service be gradually wound down over two years.",
     False),
    # a gerund's particle: "pulling out roughly 450": a figure's hedge, not a manner
    ("The two towns left the league, pulling out roughly 450 fishermen.",
     "The two towns left the league, withdrawing about 450 fishermen.", False),
])
def test_unstated_manner_after_a_particle(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    assert unstated_manner(parse(claim, vocab), parse(sentence, vocab), vocab,
                           frozenset()) == fires
