"""A claim of cause and effect that the sentence tells the other way round is contradicted
(round 75, branch released82): "Y is what drove X" against "X resulted in Y", where the
sentence states the claim's event as support would, or with no other conflict. Before, the
crossed relation only withheld support and such a claim was not_found. A sentence that tells
the claim's own direction too (a feedback told both ways) contradicts nothing, and a claim
told the sentence's way is still supported. Two readings of the relation's sides came with
it: an adverb between a passive verb of causing and its "by" ("was caused mainly by") keeps
the cause after it, and for a contradiction a cause told in a verb's "that" clause is that
clause alone ("surveys of the reefs showed that heat caused ..."), not the report's words, and
the cause of a connective of reason ends before a past verb with its own object ("levies due
to a stall over the vote led the council to ...": the stall, not the council's deed).
Sentences invented here."""
import pytest

from qa.claims.cause_reversed import marked_relations
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

GRAZING = ("In the 1970s heavy grazing on the Tarn uplands resulted in severe soil erosion "
           "and thinner hay crops.")
CURRENT = "The Osk current, including its northern eddies, causes seasonal shifts in fog " \
    "and rainfall."
SALT = "On the Vessa flats the drop in salt levels is what makes the reed beds spread."
SURVEY = "In May 2029 surveys of 40 Tarn reefs showed that a long heat wave caused a 20% " \
    "loss of lagoon coral."
LEVIES = "Harbour levies due to a stall over the Tarn budget vote led the council to close " \
    "the east quay."
FEEDBACK = "Along the Merrow coast warmer shallows speed the loss of kelp, and the loss of " \
    "kelp in turn leads to warmer shallows."


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("released82"), "Tarn",
                   [GRAZING, CURRENT, SALT, SURVEY, LEVIES, FEEDBACK, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "Severe soil erosion on the Tarn uplands in the 1970s is what caused heavy grazing there.",
    "Seasonal shifts in fog and rainfall drive the Osk current.",
    "On the Vessa flats the spread of the reed beds is what makes salt levels drop.",
    "On the Vessa flats, salt levels drop because the reed beds spread.",
])
def test_a_cause_told_the_other_way_round_is_contradicted(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "Heavy grazing on the Tarn uplands in the 1970s is what caused severe soil erosion.",
    "The Osk current drives seasonal shifts in fog and rainfall.",
    "On the Vessa flats the reed beds spread because salt levels drop.",
])
def test_the_same_direction_is_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_a_feedback_told_both_ways_contradicts_neither(check):
    claim = "Along the Merrow coast the loss of kelp leads to warmer shallows."
    assert check(claim)["verdict"] != "contradicted"


def sides(text: str, reported: bool = False):
    return [(set(c), set(e)) for c, e, _ in marked_relations(parse(text, VOCAB), reported)]


def terms(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


def test_an_adverb_before_by_keeps_the_cause_after_it():
    assert sides("The Tarn drought was caused mainly by overgrazing.") == [
        (terms("overgrazing"), terms("Tarn drought"))]


def test_a_reported_cause_is_its_clause_alone():
    text = "Surveys of the reefs showed that a heat wave caused a loss of coral."
    assert sides(text, reported=True) == [(terms("heat wave"), terms("loss coral"))]
    # the relative "that" right before the verb opens no clause of its own
    assert sides("The heat wave that caused a loss of coral ended.", reported=True)[0][0] \
        == terms("heat wave")


def test_a_word_of_the_report_crossed_contradicts_nothing(check):
    # "reefs" stands in the survey's words, not in the heat wave's side
    claim = "The loss of lagoon coral in 2029 resulted in fewer Tarn reef fish."
    assert check(claim)["verdict"] != "contradicted"


def test_a_connective_cause_ends_before_the_next_deed():
    assert sides(LEVIES, reported=True) == [(terms("stall Tarn budget vote"),
                                             terms("Harbour levies"))]


def test_a_cause_chain_told_in_order_is_not_contradicted(check):
    claim = "The council closed the east quay because of harbour levies over the stalled " \
        "Tarn budget vote."
    assert check(claim)["verdict"] != "contradicted"
