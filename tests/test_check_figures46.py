"""Figures set against what they count: a count of victims is no rival of a count a word of no
harm measures (`qa.claims.harmed`); "N times as many X as Y" is the ratio of the two actors'
figures (`qa.claims.compared_figures`); "doubled", "halved", "fell threefold" against a
sentence's two ends (`qa.claims.change_multiples`); a bare figure after a label counts what the
label names. Invented shipyard, river and town notes."""
import pytest

from qa.claims.facts import parse
from qa.claims.harmed import HARM, NO_HARM, UNREAD, side
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

CONTINGENT = ("In May the Tarvik contingent of over 600 soldiers paused its patrols, citing the "
              "deaths of five of its soldiers.")
CONVOYS = ("Tarvik halted its river patrols in response to the deaths of five of its soldiers in "
           "2021, leaving the mission short of boats.")
WELDERS = ["The shipyard at Halden employs 300 welders on two shifts.",
           "Eleven welders were injured at the shipyard in March."]
TOWNS = "In 2020 the towns of Norby and Sella received 600 and 300 refugees, respectively."
FERRIES = "Ferry crossings rose from 4,000 in 2018 to 8,000 in 2022."
PILOTS = "The number of river pilots fell from 90 in 2010 to 30 in 2020."


@pytest.mark.parametrize("text, figure, way", [
    ("citing the deaths of five of its soldiers", "five", HARM),
    ("the army recorded 46 fatalities", "46", HARM),
    ("by detaining 46 soldiers whom it labels mercenaries", "46", HARM),
    ("with 174 peacekeepers killed in hostile acts", "174", HARM),
    ("the flood left 37 villagers dead", "37", HARM),
    ("Eleven welders were injured at the shipyard", "Eleven", HARM),
    ("the contingent numbered more than 600 soldiers", "more than 600", NO_HARM),
    ("a battalion of 800 soldiers", "800", NO_HARM),
    ("Tarvik had 900 soldiers in the mission", "900", NO_HARM),
    ("withdrawing about 450 and 200 personnel", "200", NO_HARM),
    ("600 soldiers paused their patrols", "600", UNREAD),  # what they did, not what befell them
    ("the toll reached 300", "300", UNREAD),  # a bare figure: its subject's
    ("the lives of 15 engineers", "15", UNREAD),  # "lives": no valence, no group
    ("to change the number of welders injured to 14", "14", HARM),
    ("raised the number of troops to 13,000", "13,000", NO_HARM),
    ("Flood deaths: 37", "37", HARM),
    ("Troops in the valley: over 13,000", "over 13,000", NO_HARM),
])
def test_a_figure_counts_victims_of_a_harm_or_not(text, figure, way):
    parsed = parse(text, VOCAB)
    mention = next(m for m in parsed.mentions if m.text == figure)
    assert side(parsed, mention) == way


@pytest.mark.parametrize("claim", [
    "Tarvik's contingent numbered more than 600 soldiers.",
    "Tarvik had a contingent of over 600 soldiers.",
])
def test_a_count_of_the_dead_is_no_rival_of_a_contingent(tmp_path, claim):
    check = checker(tmp_path, "Patrols", [CONTINGENT, CONVOYS, *OTHER_TOPICS])
    result = check(claim)
    # the five dead are no second account of the contingent's size: no disagreement
    assert result["verdict"] == "supported" and not result["disagreement"]
    assert all(e["stance"] != "contradicts" for e in result["evidence"])


def test_a_count_of_the_dead_is_still_set_against_another_count_of_the_dead(tmp_path):
    check = checker(tmp_path, "Patrols", [CONTINGENT, CONVOYS, *OTHER_TOPICS])
    assert check("Tarvik halted its patrols after the deaths of nine of its soldiers.")[
        "verdict"] == "contradicted"


def test_a_labelled_count_of_the_injured_is_no_rival_of_the_workforce(tmp_path):
    check = checker(tmp_path, "Shipyard", [*WELDERS, *OTHER_TOPICS])
    assert check("Welders injured at the Halden shipyard: 11")["verdict"] != "contradicted"
    assert check("Welders employed at the Halden shipyard: 300")["verdict"] == "supported"


@pytest.mark.parametrize("claim, verdict", [
    ("Norby received twice as many refugees as Sella.", "supported"),
    ("Sella received half as many refugees as Norby.", "supported"),
    ("Sella received twice as many refugees as Norby.", "contradicted"),
    ("Norby received three times as many refugees as Sella.", "contradicted"),
])
def test_a_multiple_of_two_actors_is_the_ratio_of_their_figures(tmp_path, claim, verdict):
    check = checker(tmp_path, "Refugees", [TOWNS, *OTHER_TOPICS])
    assert check(claim)["verdict"] == verdict


@pytest.mark.parametrize("text, claim, verdict", [
    (FERRIES, "Ferry crossings doubled between 2018 and 2022.", "supported"),
    (FERRIES, "Ferry crossings tripled between 2018 and 2022.", "contradicted"),
    (PILOTS, "The number of river pilots fell threefold between 2010 and 2020.", "supported"),
    (PILOTS, "The number of river pilots was halved between 2010 and 2020.", "contradicted"),
])
def test_a_change_told_as_a_multiple_is_read_against_its_two_ends(tmp_path, text, claim,
                                                                   verdict):
    check = checker(tmp_path, "Traffic", [text, *OTHER_TOPICS])
    assert check(claim)["verdict"] == verdict
