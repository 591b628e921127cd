"""A figure given in another construction than the claim's (`qa.claims.tallies`): as "the
number of" what the claim counts, or as the end of a change the claim starts from."""
import pytest

from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.tallies import changed_from, number_of
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def conflicts(claim: str, sentence: str, vocab):
    c, s = parse(claim, vocab), parse(sentence, vocab)
    return [(x.claim, x.source) for x in compare(c, s, s, vocab).conflicts]


@pytest.mark.parametrize("claim, sentence, expected", [
    # the sentence names what it counts before its figure, the claim after
    ("The register was amended to say that 40 boats had sunk.",
     "The register was amended to set the number of boats sunk at 25.", True),
    ("The register was amended to say that 40 boats had sunk.",
     "In May the number of boats sunk rose to 25.", True),
    # "the number of" something else
    ("The register was amended to say that 40 boats had sunk.",
     "The register was amended to set the number of divers at 25.", False),
    # a clause break between: the figure is not that number
    ("The register was amended to say that 40 boats had sunk.",
     "The number of boats grew, and 25 divers were hired.", False),
])
def test_a_figure_given_as_the_number_of_what_the_claim_counts(claim, sentence, expected, vocab):
    c, s = parse(claim, vocab), parse(sentence, vocab)
    mine = next(m for m in c.mentions if m.family == "count")
    theirs = next(m for m in s.mentions if m.family == "count")
    assert number_of(c, mine, s, theirs) == expected


def test_the_number_of_places_a_rival_figure_for_the_claim(vocab):
    assert conflicts("The register was amended to say that 40 boats had sunk.",
                     "The register was amended to set the number of boats sunk at 25.",
                     vocab) == [("40", "25")]


@pytest.mark.parametrize("claim, sentence, expected", [
    # the sentence's end of the change is the claim's start
    ("The board raised the crew from 30 to 45 divers in May.",
     "In May the board changed the crew to 30 divers.", [("45", "30")]),
    # the sentence gives the claim's end too, or gives the start as a start: no such conflict
    ("The board raised the crew from 30 to 45 divers in May.",
     "In May the board raised the crew from 30 to 45 divers.", []),
    ("The board raised the crew from 30 to 45 divers in May.",
     "In May the board cut the crew from 30 divers.", []),
])
def test_the_end_of_a_change_stated_as_the_claims_start(claim, sentence, expected, vocab):
    c, s = parse(claim, vocab), parse(sentence, vocab)
    assert [(a.text, b.text) for a, b in changed_from(c, s)] == expected


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The lake is roughly half the size of Wales.",
     "The lake is more than three times the size of Wales.",
     ("roughly half", "more than three times")),
    ("The new hull is twice as long as the old one.",
     "The new hull is three times as long as the old one.", ("twice", "three times")),
    # hedges that hold each other, the same multiple, or another measure: no conflict
    ("The lake is four times the size of Wales.",
     "The lake is more than three times the size of Wales.", None),
    ("The lake is about three times the size of Wales.",
     "The lake is more than three times the size of Wales.", None),
    ("The lake is half the size of Wales.",
     "The lake holds three times the water of Wales.", None),
])
def test_a_multiple_of_the_same_measure_conflicts_when_they_cannot_be_one(claim, sentence,
                                                                         expected, vocab):
    from qa.claims.tallies import other_multiple
    found = other_multiple(parse(claim, vocab), parse(sentence, vocab))
    assert (found and found[:2]) == expected
