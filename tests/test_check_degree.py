"""Comparatives and likelihoods a supporting sentence must say as the claim does
(`qa.claims.degree`, `expectations.likewise_expected`). The claims are about small corpora written
here."""
import pytest

from qa.claims.expectations import likewise_expected
from qa.claims.degree import of_degree, unstated_correlative
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

FEES = ["The longer the ferry strike lasts, the more likely it is that the harbour board will "
        "raise the mooring fees.",
        "The assembly's committee on tariffs met twice before the summer recess."]


@pytest.mark.parametrize("word, expected", [
    ("worse", True), ("better", True), ("longer", True), ("less", True),
    ("officer", False), ("after", False),
])
def test_of_degree(word, expected):
    assert of_degree(word) == expected


@pytest.mark.parametrize("claim, sentence, fires", [
    ("The longer the strike lasts, the more likely a rise in fees.",
     "The longer the strike lasts, the more likely a rise in the fees.", False),
    ("The shorter the strike lasts, the more likely a rise in fees.",
     "The longer the strike lasts, the more likely a rise in the fees.", True),
    ("The longer the strike lasts, the less the board earns from fees.",
     "The longer the strike lasts, the more the board earns from the fees.", True),
    # "the" before a plain adjective or a noun: no correlative
    ("The old pier was closed after the storm.", "The pier was closed after the storm.", False),
    # a comparative that describes a noun: no correlative either
    ("Unlike the earlier accord, the new pact left out the guild.",
     "Unlike the prior accord, the new pact did not include the guild.", False),
])
def test_unstated_correlative(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    assert bool(unstated_correlative(parse(claim, vocab), parse(sentence, vocab))) == fires


@pytest.mark.parametrize("claim, sentence, expected", [
    ("A rise in fees was seen as more likely.", "A rise in fees is more likely now.", True),
    ("A rise in fees was seen as less likely.", "A rise in fees is more likely now.", False),
    ("A rise in fees was seen as likely.", "A rise in fees is more likely now.", False),
    ("A rise in fees was seen as unlikely.", "A rise in fees is likely now.", False),
    ("The board raised the fees.", "The board is expected to raise the fees.", False),
])
def test_likewise_expected(claim, sentence, expected):
    vocab = vocabulary_for(Analyzer())
    assert likewise_expected(parse(claim, vocab), parse(sentence, vocab)) == expected


def test_a_likelihood_stated_alike_supports_and_another_does_not(tmp_path):
    check_in = checker(tmp_path, "Fees", FEES + OTHER_TOPICS)
    claim = "A rise in the mooring fees by the harbour board {} the {} the ferry strike lasts."
    assert check_in(claim.format("becomes more likely", "longer"))["verdict"] == "supported"
    assert check_in(claim.format("was presented as more likely", "longer"))["verdict"] \
        == "supported"
    # another degree, another direction of the correlation, another thing raised: no support
    for changed in (claim.format("becomes less likely", "longer"),
                    claim.format("becomes likely", "longer"),
                    claim.format("becomes more likely", "shorter"),
                    claim.format("becomes more likely", "longer").replace("mooring fees",
                                                                           "ferry fares")):
        assert check_in(changed)["verdict"] != "supported", changed
    # an expectation does not state that it happened
    assert check_in("The harbour board raised the mooring fees because the ferry strike "
                    "lasted long.")["verdict"] == "not_found"
