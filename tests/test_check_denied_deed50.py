"""A claim's verb the sentence does not state, on an object the sentence gives to a verb it
denies ("signed off on the plan" / "discussed - but did not approve - the plan"): the
sentence says the deed on that thing did not happen, so it supports nothing
(`qa.claims.denied_deed`). Sentences invented here; the check must fire and must not."""
import pytest

from qa.claims.denied_deed import denied_deed
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

PLAN = ("In March 2019 the water board of Lindvik discussed – but did not approve – the "
        "mayor's plan to dredge the northern harbour.")
CHARTER = "Unlike the old charter of 1998, the new charter of Lindvik did not include the fishing guilds."


def fires(claim: str, sentence: str):
    found = denied_deed(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("In March 2019 the water board backed the mayor's plan to dredge the harbour.", PLAN,
     ("backed", "approve")),
    # a phrasal verb WordNet reads in another sense ("sign off": stop) is still a deed
    ("The water board signed off on the mayor's plan to dredge the harbour.", PLAN,
     ("signed", "approve")),
    # a present verb, the object after its particle
    ("The new charter brings in the fishing guilds.", CHARTER, ("brings", "include")),
    ("The ferry company ran night crossings to Solt.",
     "The ferry company has never operated night crossings to Solt.", ("ran", "operated")),
    # a passive: what was done to is its subject, a date before it passed over
    ("In March 2019 the mayor's plan to dredge the harbour was backed by the water board.", PLAN,
     ("backed", "approve")),
    ("The fishing guilds were brought into the new charter.", CHARTER, ("brought", "include")),
])
def test_fires_when_the_sentence_denies_a_deed_on_the_claims_object(claim, sentence, expected):
    assert fires(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the claim's verb of the denial's own side, or the denied verb's antonym
    ("The new charter left out the fishing guilds.", CHARTER),
    ("The new charter excluded the fishing guilds.", CHARTER),
    ("The water board rejected the mayor's plan.", PLAN),
    # the claim's verb stated plainly: the sentence's deed too
    ("The water board discussed the mayor's plan.", PLAN),
    # a claim that denies something itself
    ("The water board did not back the mayor's plan.", PLAN),
    # a passive denial: the object that follows is no object of it
    ("The mayor drafted the plan.", "The mayor had not been consulted about the plan."),
    # a denial in brackets is an aside
    ("The mayor drafted the plan.", "The mayor drafted the plan (the board did not read the plan)."),
    # the claim verb's object ends where an infinitive opens another clause
    ("The mayor wanted the board to approve the plan.",
     "The board discussed – but did not endorse – the mayor's plan to approve the budget."),
    # the denial is on another object
    ("The water board backed the budget.", PLAN),
    ("The budget was backed by the water board.", PLAN),
    # a passive of the denial's own side, or stated plainly
    ("The fishing guilds were left out of the new charter.", CHARTER),
    ("The mayor's plan was discussed by the water board.", PLAN),
])
def test_holds_otherwise(claim, sentence):
    assert not fires(claim, sentence)


@pytest.mark.parametrize("claim, verdict", [
    ("In March 2019 the water board of Lindvik discussed the mayor's plan to dredge the "
     "northern harbour.", "supported"),
    ("In March 2019 the water board of Lindvik backed the mayor's plan to dredge the "
     "northern harbour.", "not_found"),
    ("The new charter of Lindvik left out the fishing guilds, unlike the old charter of 1998.",
     "supported"),
])
def test_a_denied_deed_does_not_support(tmp_path, claim, verdict):
    assert checker(tmp_path, "Harbour", [PLAN, CHARTER] + OTHER_TOPICS)(claim)["verdict"] == verdict
