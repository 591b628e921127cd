"""How a caption's or a brief's figures are tied to what they count: a change's start after any
verb that moves a figure ("fell from", "plunged from") or in "from A to B"
(`tallies.start_value`, `wordnet.scale_direction`), and a range against the figure a sentence
gives for the same count (`compare.range_agrees`, `compare.overlapping`). Invented sentences."""
import pytest

from qa.claims.facts import numbers
from qa.search.wordnet import direction, scale_direction
from tests.test_check import OTHER_TOPICS, checker

SHARES = ("Only 18 percent of the inspectors now work in the eastern district, which recorded "
          "64 percent of all complaints last year.")
WARDENS = "The river authority employs 320 wardens along the upper valley."
VOLUNTEERS = "The cooperative sent over 400 volunteers to repair the dykes in April."


@pytest.mark.parametrize("word, way", [
    ("fell", -1), ("declined", -1), ("plunged", -1), ("plummeted", -1), ("sank", -1),
    ("tumbled", -1), ("soared", 1), ("surged", 1), ("jumped", 1), ("climbed", 1),
    ("withdrew", 0), ("reported", 0)])
def test_a_verb_that_moves_a_figure_has_a_direction_in_any_sense(word, way):
    assert scale_direction(word) == way


def test_the_first_sense_direction_is_left_as_it_was():
    # polarity reads "eased tensions" by the first senses: "fall" (of bodies) has none there
    assert direction("fell") == 0 and direction("declined") == 0


@pytest.mark.parametrize("claim", [
    "The share of inspectors in the eastern district fell from 64 percent to 18 percent.",
    "Inspectors in the eastern district have declined from 64% to just 18%.",
    "The eastern district's share of inspectors plummeted from 64 percent to 18 percent.",
    "Complaints in the eastern district soared from 18 percent to 64 percent.",
    # no verb of direction: the pair of figures is a change all the same
    "The eastern district's share of inspectors went from 64 percent to 18 percent.",
    "Inspectors in the eastern district: from 64% to 18%.",
    "The eastern district's share of inspectors fell to 18 percent from 64 percent.",
])
def test_a_change_whose_start_counts_another_thing_is_not_supported(tmp_path, claim):
    check = checker(tmp_path, "Inspections", [SHARES, *OTHER_TOPICS])
    assert check(claim)["verdict"] != "supported"


def test_the_share_itself_is_still_supported(tmp_path):
    check = checker(tmp_path, "Inspections", [SHARES, *OTHER_TOPICS])
    assert check("Only 18 percent of the inspectors work in the eastern district.")["verdict"] \
        == "supported"


def test_a_percent_written_once_for_both_ends_makes_a_range_of_percents():
    assert [(m.family, m.value, m.bound) for m in numbers("between 10 and 20 percent")] == [
        ("percent", 10.0, "lower"), ("percent", 20.0, "upper")]


@pytest.mark.parametrize("claim, verdict", [
    ("The river authority employs between 400 and 500 wardens along the upper valley.",
     "contradicted"),
    ("Along the upper valley, the river authority employs between 100 and 200 wardens.",
     "contradicted"),
    ("The river authority employs between 300 and 350 wardens along the upper valley.",
     "supported"),
])
def test_a_range_is_set_against_the_figure_outside_it(tmp_path, claim, verdict):
    check = checker(tmp_path, "Rivers", [WARDENS, *OTHER_TOPICS])
    assert check(claim)["verdict"] == verdict


def test_a_range_of_percents_is_set_against_the_share(tmp_path):
    check = checker(tmp_path, "Inspections", [SHARES, *OTHER_TOPICS])
    assert check("Between 30 and 40 percent of the inspectors work in the eastern "
                 "district.")["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "The cooperative sent between 400 and 600 volunteers to repair the dykes in April.",
    "The cooperative sent fewer than 600 volunteers to repair the dykes in April.",
])
def test_two_hedged_figures_that_may_be_one_are_no_conflict(tmp_path, claim):
    check = checker(tmp_path, "Dykes", [VOLUNTEERS, *OTHER_TOPICS])
    assert check(claim)["verdict"] != "contradicted"


def test_two_bounds_on_one_side_still_conflict(tmp_path):
    # "more than 900" / "over 400": two counts reported of one thing, a disagreement
    check = checker(tmp_path, "Dykes", [VOLUNTEERS, *OTHER_TOPICS])
    assert check("The cooperative sent more than 900 volunteers to repair the dykes in "
                 "April.")["verdict"] == "contradicted"
