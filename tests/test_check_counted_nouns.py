"""A comparison of two counted things ("the plan included more police than troops") against
a sentence writing a figure right before each ("1,730 troops, 339 police"): contradicted the
wrong way round, supported the right way (`counted_nouns`, read by `compared_figures`).
Sentences invented here."""
import pytest

from qa.claims.compared_figures import comparison_against_figures
from qa.claims.counted_nouns import counted
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

CONVOY = ("The Norland plan sent 1,400 extra crew to the harbour (1,250 sailors, 150 pilots) "
          "before the storm season.")
TOLL = "The flood of 2017 killed 42 farmers and 9 fishermen in the delta."


def conflicts(claim: str, sentence: str):
    return comparison_against_figures(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)


def test_counts_before_nouns():
    found = counted(parse(CONVOY, VOCAB))
    assert [(noun.text, figure.text) for noun, figure in found] == [
        ("extra", "1,400"), ("sailors", "1,250"), ("pilots", "150")]


@pytest.mark.parametrize("claim, sentence", [
    ("The Norland plan sent more pilots than sailors to the harbour.", CONVOY),
    ("The flood of 2017 killed fewer farmers than fishermen.", TOLL),
])
def test_the_wrong_way_round_conflicts(claim, sentence):
    assert [c.kind.value for c in conflicts(claim, sentence)] == ["number"]


@pytest.mark.parametrize("claim, sentence", [
    ("The Norland plan sent more sailors than pilots to the harbour.", CONVOY),
    ("The flood of 2017 killed more farmers than fishermen.", TOLL),
    # a figure of the claim's own: left to the figures' readers
    ("The Norland plan sent 100 more pilots than sailors.", CONVOY),
    # a thing the sentence does not count
    ("The Norland plan sent more pilots than engineers.", CONVOY),
])
def test_no_conflict_otherwise(claim, sentence):
    assert conflicts(claim, sentence) == []


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Harbour", [CONVOY, TOLL, *OTHER_TOPICS])


def test_the_verdicts(check):
    assert check("The Norland plan for 1,400 extra crew included more pilots than "
                 "sailors.")["verdict"] == "contradicted"
    assert check("The flood of 2017 killed more fishermen than farmers in the "
                 "delta.")["verdict"] == "contradicted"
    assert check("The flood of 2017 killed more farmers than fishermen in the "
                 "delta.")["verdict"] == "supported"
