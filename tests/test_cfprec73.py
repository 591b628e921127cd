"""Wrong supports of real-world shapes (round 68, branch cfprec73): a comparative the sentence
writes with the other sign ("denser" / "less dense", `degree_reversed`); a comparison of the
claim's lower side with another thing or on another scale (`compared_otherwise`). The texts
are invented here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Orm_ponds.txt": (
        "Orm ponds",
        "When the Orm ponds freeze over, the water just under the ice grows colder, making it "
        "less dense than the water near the bottom.",
        "The ponds were dug for peat in the nineteenth century.",
    ),
    "Sand_trials.txt": (
        "Sand trials",
        "In the Hale trials, damp sand warmed faster than dry sand, and shell grit warmed "
        "slowest of all.",
        "The trials ran for three summers on the Hale spit.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfprec73-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # the sentence makes the cold water less dense
    "When the Orm ponds freeze over, the water just under the ice grows colder and becomes "
    "denser.",
    # another thing compared with dry sand, on another scale
    "Shell grit is heavier than dry sand.",
    "In the Hale trials, shell grit was heavier than dry sand.",
])
def test_a_reversed_or_other_comparison_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "In the Hale trials, damp sand warmed faster than dry sand.",
])
def test_the_same_comparison_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_a_comparison_told_from_the_other_side_is_no_reversal(wiki):
    from qa.claims.degree_reversed import degree_reversed
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    vocab = vocabulary_for(wiki.analyzer)
    claim = parse("The bottom water is denser than the water under the ice.", vocab)
    sentence = parse("The water under the ice is less dense than the bottom water.", vocab)
    assert degree_reversed(claim, sentence, vocab) is None
    # "no less dense" bounds the degree, it tells no fall
    sentence = parse("The bottom water is no less dense than the water under the ice.", vocab)
    assert degree_reversed(claim, sentence, vocab) is None
    # a degree told of one thing alone may be the comparison's other side
    sentence = parse("The water under the ice becomes less dense.", vocab)
    assert degree_reversed(claim, sentence, vocab) is None
    # a degree that names a thing ("the less dense water") tells no change of it
    claim = parse("The water under the ice becomes denser.", vocab)
    sentence = parse("The less dense water stays under the ice.", vocab)
    assert degree_reversed(claim, sentence, vocab) is None
    # the change told the other way
    sentence = parse("The ice makes the water under it less dense.", vocab)
    assert degree_reversed(claim, sentence, vocab) is not None
