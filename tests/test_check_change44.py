"""A claim's figure after "up from", "down from" or a verb of change and "from" is where a
change started: only a figure the sentence gives as a start states it or is set against it
(`tallies.start_value`, `tallies.earlier_value`). Invented sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.tallies import earlier_value, start_value
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def figures(text: str, reading) -> dict[float, bool]:
    """Each written figure of the text ("a week" aside) and the reading of it."""
    parsed = parse(text, VOCAB)
    return {m.value: reading(parsed, m) for m in parsed.mentions if m.text[0].isdigit()}


@pytest.mark.parametrize("text, starts", [
    ("Ferry crossings: 40 a week, down from 55", {40: False, 55: True}),
    ("Ferry crossings rose from 40 to 55 a week", {40: True, 55: False}),
    ("Crossings increased from 40 a week in 2020", {40: True, 2020: False}),
    # an origin, not a change: no verb of change or particle before "from"
    ("Crews from 12 harbours joined", {12: False}),
])
def test_a_change_start_is_read(text, starts):
    assert figures(text, start_value) == starts


def test_a_sentence_gives_a_start_after_from_or_between():
    assert figures("Crossings fell from an average of 55 to 40 a week.", earlier_value) \
        == {55: True, 40: False}


SENTENCE = ("The harbour now runs 40 ferry crossings a week, and 55 crossings a week go from "
            "the northern pier.")


def test_a_start_figure_said_of_another_thing_does_not_support(tmp_path):
    check = checker(tmp_path, "Harbour", [SENTENCE, *OTHER_TOPICS])
    assert check("The harbour runs 40 ferry crossings a week, down from 55.")["verdict"] \
        != "supported"


def test_a_start_figure_is_not_set_against_the_current_one(tmp_path):
    # a guard: the current figure stated, the start nowhere
    check = checker(tmp_path, "Harbour", [
        "The harbour now runs more than 40 ferry crossings a week.", *OTHER_TOPICS])
    assert check("The harbour runs more than 40 ferry crossings a week, down from 70.")[
        "verdict"] != "contradicted"


def test_a_change_the_sentence_states_is_still_supported(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "Ferry crossings at the harbour fell from 55 a week in 2020 to 40 a week in 2023.",
        *OTHER_TOPICS])
    assert check("Ferry crossings at the harbour were down from 55 a week in 2020 to 40 a "
                 "week in 2023.")["verdict"] == "supported"
