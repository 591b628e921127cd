"""A word one text grades down with "little" or "less" and the other states ungraded
(`qa.claims.graded_down`): "stricter inspection of the barges" is not stated by "less
inspection of the barges", however many of its other words the sentence states. The claims
are about a small corpus written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.graded_down import graded_otherwise
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

DOCS = {
    "harbour.txt": "The Harbour Board of Port Varnel\n\n"
                   "In 2017 the Varnel shipping guild argued for less customs inspection of "
                   "the grain barges on the Selka river, citing delays at the southern locks.\n\n"
                   "A harbour pilot said that extra tugboats confined to the inner basin "
                   "would have little value for the grain barges.\n",
    "markets.txt": "Markets of Varnel\n\nTraders in Varnel sold salted fish every week.\n\n"
                   "The fish market closed during the winter storms.\n",
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return open_written(tmp_path_factory, "precision61", DOCS)


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def graded(claim: str, sentence: str, vocab):
    found = graded_otherwise(parse(claim, vocab), parse(sentence, vocab), vocab)
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, words", [
    # the sentence grades down a word the claim states ungraded
    ("The guild argued for stricter customs inspection of the barges.",
     "The guild argued for less customs inspection of the barges.", ("less", "customs")),
    # ... or another form of it ("valuable" / "value")
    ("Extra tugboats in the inner basin would be highly valuable.",
     "Extra tugboats in the inner basin would have little value.", ("little", "valuable")),
    # the claim grades down what the sentence states ungraded
    ("The ferries relied less on the northern locks.",
     "The ferries relied heavily on the northern locks.", ("less", "relied")),
])
def test_a_word_graded_down_on_one_side_only_is_found(claim, sentence, words, vocab):
    assert graded(claim, sentence, vocab) == words


@pytest.mark.parametrize("claim, sentence", [
    # both grade it down
    ("The guild wanted less inspection of the barges.",
     "The guild argued for less inspection of the barges."),
    # "a little" is some, "no less" as much, "more or less" nearly: no quantifier grading down
    ("The pilots gained a little time at the locks.", "The pilots gained time at the locks."),
    ("The guild paid no less attention to the barges.", "The guild paid attention to the barges."),
    ("The dredging was more or less finished by May.", "The dredging was finished by May."),
    # the other text lowers the word another way: a verb of decrease, a negation
    ("The rangers were less able to patrol the dunes.",
     "Sandstorms kept limiting their ability to patrol the dunes."),
    ("The rangers relied less on camels.", "The rangers no longer relied on camels."),
    # "less than": a bound
    ("The ferry carried less than forty barrels.", "The ferry carried forty barrels."),
    # "little" grading no word of the other text ("little more than a rumour")
    ("The report was little more than a rumour.", "The report was a rumour."),
])
def test_no_quantifier_grading_a_stated_word_down_on_one_side_is_no_reversal(claim, sentence,
                                                                             vocab):
    assert graded(claim, sentence, vocab) is None


def test_a_claim_whose_degree_the_sentence_grades_down_is_not_supported(searcher):
    result = check(searcher, "In 2017 the Varnel shipping guild argued for stricter customs "
                             "inspection of the grain barges on the Selka river.")
    assert result.verdict != "supported", result


def test_a_claim_of_high_value_is_not_supported_by_little_value(searcher):
    result = check(searcher, "A harbour pilot said that extra tugboats confined to the inner "
                             "basin would be highly valuable for the grain barges.")
    assert result.verdict != "supported", result


def test_the_same_degree_is_still_supported(searcher):
    result = check(searcher, "In 2017 the Varnel shipping guild argued for less customs "
                             "inspection of the grain barges on the Selka river.")
    assert result.verdict == "supported", result
    result = check(searcher, "A harbour pilot said extra tugboats confined to the inner basin "
                             "would have little value for the grain barges.")
    assert result.verdict == "supported", result
