"""A figure or date of another kind of the claim's thing ("the melt rate" / "the rate of
retreat") is neither a conflict nor support (`qa.claims.qualified`). Sentences invented here; the check must fire
and must not."""
import pytest

from qa.claims.facts import parse
from qa.claims.qualified import another_kind
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def kind(claim: str, sentence: str):
    found = another_kind(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The silt deposit rate has been rising since 1980.",
     "The rate of erosion of the river banks has been rising since 2004.", ("deposit", "erosion")),
    ("The ferry fare budget was cut to 40,000 euros.",
     "The budget of the harbour was cut to 55,000 euros.", ("fare", "harbour")),
])
def test_fires_on_another_kind_of_the_same_head(claim, sentence, expected):
    assert kind(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the claim's qualifier stated by the "of" phrase: the same thing
    ("The silt deposit rate has been rising since 1980.",
     "The rate of silt deposit has been rising since 2004."),
    # no qualifier in the claim
    ("The rate has been rising since 1980.",
     "The rate of erosion has been rising since 2004."),
    # the qualifier stated elsewhere in the sentence
    ("The silt deposit rate has been rising since 1980.",
     "The rate of silt deposit, an erosion measure, has been rising since 2004."),
    # a qualifier ending no noun phrase ("deposit rate" is followed by another noun)
    ("The deposit rate figures were revised in 1980.",
     "The rate of erosion figures were revised in 2004."),
])
def test_holds_for_the_same_kind(claim, sentence):
    assert not kind(claim, sentence)


RIVER = ["Surveys show the rate of erosion of the river banks has been rising since 2004."] \
    + OTHER_TOPICS


def test_another_kinds_date_neither_contradicts_nor_supports(tmp_path):
    check = checker(tmp_path, "River", RIVER)
    assert check("The river silt deposit rate has been rising since 1980.")["verdict"] \
        == "not_found"
    assert check("The river bank silt rate has been rising since 2004.")["verdict"] \
        == "not_found"
    assert check("The rate of erosion of the river banks has been rising since 1980.")[
        "verdict"] == "contradicted"
