"""What counts as stated for `supported`: figures and dates written otherwise, fractions,
attributions to the source itself, irregular verb forms. The claims are about a small corpus
written here."""
import pytest

from cli import open_corpus
from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.forms import figure_terms
from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

DOCS = {
    "mission.txt": (
        "The Observer Mission\n\n"
        "The observer mission officially deployed to Lodwar on 1 July 2016.\n\n"
        "As of May 2019 the observer mission had experienced 46 fatalities in the valley.\n\n"
        "Kenya supplied most of the helicopters and the field hospital.\n"
    ),
    "other.txt": (
        "Markets\n\n"
        "Traders in the valley sold maize and cattle every week.\n\n"
        "The market in Lodwar closed during the rainy season.\n"
    ),
}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return open_written(tmp_path_factory, "support", DOCS)


@pytest.mark.parametrize("claim", [
    "The observer mission officially deployed to Lodwar on the first of July 2016.",
    "As of May 2019 the observer mission had experienced forty-six fatalities in the valley.",
])
def test_a_figure_written_in_words_is_stated_by_its_digits(searcher, claim):
    result = check(searcher, claim)
    assert result.verdict == "supported", result
    assert not result.unverified


def test_a_figure_stated_within_a_hedge_does_not_state_the_claims_words():
    vocab = vocabulary_for(Analyzer())
    claim = parse("The mission had experienced around 40 fatalities.", vocab)
    sentence = parse("The mission had experienced 42 fatalities.", vocab)
    found = compare(claim, sentence, sentence, vocab)
    assert found.stated and not figure_terms(claim, found, vocab)
    exact = parse("The mission had experienced forty fatalities.", vocab)
    assert figure_terms(exact, compare(exact, sentence, sentence, vocab), vocab) == frozenset()
    same = parse("The mission had experienced forty-two fatalities.", vocab)
    assert figure_terms(same, compare(same, sentence, sentence, vocab), vocab) \
        == frozenset(vocab.analyzer.terms("forty-two"))


def test_an_attribution_to_the_source_itself_is_not_asked_of_the_sentence(searcher):
    result = check(searcher, "Kenya supplied most of the helicopters and the field hospital, "
                             "the policy brief reports.")
    assert result.verdict == "supported", result


def test_a_fraction_in_words_is_stated_by_the_percent(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Incidents\n\nLast year the valley accounted for 67 percent of all incidents, but the "
        "mission had 16 percent of its troops there.\n\nThe market closed in the rainy season.\n",
        encoding="utf-8")
    searcher = open_corpus(tmp_path / "docs", tmp_path / "index")
    result = check(searcher, "The valley accounted for two-thirds of all incidents last year.")
    assert result.verdict == "supported", result
    assert check(searcher, "The valley accounted for a quarter of all incidents last year."
                 ).verdict != "supported"


def test_an_irregular_verb_form_states_its_verb():
    from qa.claims.forms import irregular_stem, irregular_terms
    vocab = vocabulary_for(Analyzer())
    assert irregular_stem("withdrew", vocab.analyzer) == "withdraw"
    assert irregular_stem("withdraw", vocab.analyzer) is None  # a regular stem
    claim = parse("The minister withdrew consent.", vocab)
    assert irregular_terms(claim, parse("After the withdrawal of consent.", vocab), vocab) \
        == {"withdrew"}
    other = parse("The withdrawal of consent came first.", vocab)  # and the other way
    assert irregular_terms(other, parse("The minister withdrew consent.", vocab), vocab) \
        == {"withdraw"}
    assert not irregular_terms(claim, parse("The minister gave consent.", vocab), vocab)


def test_a_derived_form_states_the_word():
    from qa.claims.forms import derived_terms
    vocab = vocabulary_for(Analyzer())
    claim = parse("In 2019 it was decided to expand the mandate.", vocab)
    assert derived_terms(claim, parse("The decision in 2019 to expand the mandate.", vocab),
                         vocab) == {"decid"}
    assert not derived_terms(claim, parse("In 2019 it chose to expand the mandate.", vocab), vocab)
    # a sentence word that is itself a claim word states that one only
    named = parse("The Warm Period was warmer than today.", vocab)
    assert not derived_terms(named, parse("The Warm Period was hot.", vocab), vocab)


def test_a_word_with_a_prefix_that_keeps_its_sense_states_it():
    from qa.claims.forms import derived_terms, prefixed
    assert prefixed("stretch", {"overstretch"}) and prefixed("deploy", {"redeploy"})
    assert not prefixed("chang", {"unchang"})  # a negative prefix denies
    assert not prefixed("lease", {"pleas"}) and not prefixed("us", {"reus"})
    vocab = vocabulary_for(Analyzer())
    claim = parse("The mission was stretched thin.", vocab)
    assert derived_terms(claim, parse("The mission was overstretched.", vocab), vocab) \
        == {"stretch"}


def test_a_negation_of_the_verb_denies_its_manner():
    from qa.claims.negated_alike import denies_the_same, negated_manner
    vocab = vocabulary_for(Analyzer())
    claim = parse("The resolution failed to pass unanimously.", vocab)
    assert negated_manner(claim) == {"unanim"}
    assert denies_the_same(claim, parse("The resolution was not unanimously adopted.", vocab))
    assert not denies_the_same(claim, parse("The resolution was unanimously adopted.", vocab))
    assert not negated_manner(parse("It did not pass, narrowly missing.", vocab))  # a clause


def test_a_negation_of_a_synonym_denies_the_same():
    # "did not back" is denied by "did not endorse" (WordNet's first sense of "back"), not by
    # a sentence that endorses and denies something else
    from qa.claims.check import denies_the_same
    vocab = vocabulary_for(Analyzer())
    claim = parse("The harbour board did not back the ferry plan.", vocab)
    assert denies_the_same(claim, parse("The harbour board did not endorse the ferry plan.",
                                        vocab), vocab)
    assert not denies_the_same(claim, parse("The harbour board endorsed the ferry plan but did "
                                            "not fund it.", vocab), vocab)
    assert not denies_the_same(claim, parse("The harbour board did not endorse the ferry plan.",
                                            vocab))  # no vocabulary: the word itself only
