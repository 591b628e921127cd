"""A claim of cause and effect that the sentence tells crossed is not supported
(`qa.claims.cause_reversed`): "Y is what drove X" against "X resulted in Y". A pseudo-cleft
("X is what VERB Y") is read as a relation of cause, an "-ing" aside, a list's last items and
the clause before ", leading to" as within a side, and a cleft whose subject the sentence
never states is not supported (`qa.claims.cleft_subject`). Sentences invented here."""
import pytest

from qa.claims.cause_reversed import relations
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

GRAZING = ("In the 1970s heavy grazing on the Tarn uplands resulted in severe soil erosion "
           "and thinner hay crops.")
WILLOWS = "Many of the old willows along the Rell died in the 2011 floods, leading to poor " \
    "seed crops."
CURRENT = "The Osk current, including its northern eddies, causes seasonal shifts in fog " \
    "and rainfall."
SURVEY = "Surveys along the Rell showed that long floods caused a loss of old willows in 2011."
COLD = "A cold spell gripped the Vessa valley in the winter of 1963."


def sides(text: str):
    return [(set(c), set(e)) for c, e in relations(parse(text, VOCAB))]


def terms(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


@pytest.mark.parametrize("text, cause, effect", [
    ("Dry winds are what drove the fires.", "dry winds", "fires"),
    ("The dry winds were what brought on the fires.", "dry winds", "fires"),
    # an "-ing" aside between the cause and its verb is no side of the relation
    ("The Osk current, including its eddies, causes shifts in fog.", "Osk current",
     "shifts fog"),
    # a list's last items joined by "and" go on with the side before the comma
    ("The loss of air, water and grit causes cracks.", "loss air water grit", "cracks"),
])
def test_relation_sides(text, cause, effect):
    assert sides(text) == [(terms(cause), terms(effect))]


def test_a_question_opens_no_cleft():
    assert sides("What drove the fires?") == []


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Tarn", [GRAZING, WILLOWS, CURRENT, SURVEY, COLD, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "Severe soil erosion on the Tarn uplands in the 1970s is what drove heavy grazing there.",
    "Poor seed crops are what felled many of the old willows along the Rell in 2011.",
    "Seasonal shifts in fog and rainfall drive the Osk current.",
])
def test_a_cause_told_crossed_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "Heavy grazing on the Tarn uplands in the 1970s is what caused severe soil erosion.",
    "The Osk current drives seasonal shifts in fog and rainfall.",
])
def test_the_same_direction_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_an_unrelated_effect_stays_unsupported(check):
    # "Rell" is in the sentence's cause side (where the surveys were), not the otters'
    claim = "The loss of old willows in 2011 led to fewer otters along the Rell."
    assert check(claim)["verdict"] == "not_found"


def test_a_cleft_whose_subject_is_unsaid_is_not_supported(check):
    claim = "Kell smoke is what brought the cold spell that gripped the Vessa valley in the " \
        "winter of 1963."
    assert check(claim)["verdict"] == "not_found"
