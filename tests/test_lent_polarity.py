"""A word of the other polarity in the claim word's place, its polarity lent by WordNet's
neighbours (`qa.claims.lent_polarity`): VADER leaves "oppose" unrated, WordNet makes it a kind
of "protest" and "resist". The claims are about a small corpus written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.lent_polarity import lent_reversal
from qa.claims.polarity import polarity
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import lent_polarity
from qa.text.analyze import Analyzer

DOCS = {
    "river.txt": "The River Council\n\n"
                 "In March the river council opposed the new dam on the northern channel of "
                 "the Tamsa.\n\n"
                 "The council's ferry to Orvik carried grain for three villages.\n",
    "fairs.txt": "Fairs\n\nFarmers in the delta sold goats every week.\n\n"
                 "The fair in Orvik closed during the floods.\n",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return open_written(tmp_path_factory, "lent_polarity", DOCS)


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def test_wordnet_lends_a_polarity_to_words_vader_leaves_unrated():
    assert polarity("opposed") == 0 and lent_polarity("opposed") == -1
    assert polarity("deteriorated") == 0 and lent_polarity("deteriorated") == -1
    assert lent_polarity("consistent") == 1  # the antonym of "conflicting"
    # an adjective the checker reads as a verb lends nothing ("spent": exhausted)
    assert lent_polarity("spent") == 0 and lent_polarity("channel") == 0


def pair(claim: str, sentence: str, vocab):
    found = lent_reversal(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found and (found[0].word, found[1].word)


def test_a_lent_opposite_in_the_claim_words_place_is_found(vocab):
    assert pair("In March the river council praised the new dam on the northern channel.",
                "In March the river council opposed the new dam on the northern channel.",
                vocab) == ("praised", "opposed")


@pytest.mark.parametrize("claim, sentence", [
    # denied a word or two before, the sentence's word says what the claim says
    ("In March the river council praised the new dam on the northern channel.",
     "In March the river council did not formally oppose the new dam on the northern channel."),
    # both rated: `opposed_polarity`'s own pair, not this reading's
    ("In March the river council praised the new dam on the northern channel.",
     "In March the river council rejected the new dam on the northern channel."),
])
def test_no_lent_reversal_where_denied_or_rated_on_both_sides(claim, sentence, vocab):
    assert pair(claim, sentence, vocab) is None


def test_a_lent_opposite_keeps_support_away_without_contradicting(searcher):
    result = check(searcher, "In March the river council praised the new dam on the "
                             "northern channel of the Tamsa.")
    assert result.verdict == "not_found", result
