"""Opposites said in other words (round 78, branch opposites85): a verb of change that WordNet
files under "change" itself, linked to its opposite only. Invented texts.

`tools/wordnet_direction.py` gave a verb a direction only if one of its senses is a kind of
"increase" or "decrease"; "narrow" and "strengthen" are kinds of "change" whose antonyms
("widen", "weaken") are kinds of increase and decrease, so "narrowed the channel" against
"enlarged the channel" and "strengthened its duties" against "lowered its duties" (no antonym
pair: only the ways of change tell them apart) read no change the other way, and the claims
were supported with their verb unstated. A sense of no direction now takes the other
direction of its antonym's.
"""
import pytest

from qa.claims.check import check
from qa.search.wordnet import direction
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2031 the Velm harbour board enlarged the northern channel to admit the new "
        "grain barges.",
        "The Kessel customs office lowered its duties on grain imports in the spring of 2026.",
        "The Dorn port authority did not lower its duties on salt imports in 2027, citing the "
        "cost of the new quay.",
        "Critics said the Skell council narrowed the fishing zone of the outer coves in 2032.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("word, way", [
    ("narrowed", -1), ("narrow", -1), ("strengthened", 1), ("stiffen", 1), ("thickening", 1),
    # the directions WordNet's own hypernyms give stay as they were
    ("widened", 1), ("weakened", -1), ("expanded", 1), ("lowered", -1)])
def test_direction_of_a_verb_by_its_antonym(word, way):
    assert direction(word) == way


@pytest.mark.parametrize("claim", [
    "In 2031 the Velm harbour board narrowed the northern channel to admit the new grain "
    "barges.",
    "The Kessel customs office strengthened its duties on grain imports in the spring of 2026.",
])
def test_the_other_way_contradicts(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # the opposite said of another subject: the Velm board enlarged the channel, not Skell's
    "In 2031 the Skell council narrowed the northern channel to admit the new grain barges.",
    # another event: the zone the Skell council narrowed is no channel the Velm board enlarged
    "The Velm harbour board narrowed the fishing zone of the outer coves in 2032.",
    # the opposite in a negated clause: not lowering the duties is no lowering of them
    "The Dorn port authority strengthened its duties on salt imports in 2027.",
])
def test_near_misses_are_no_contradiction(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    "In 2031 the Velm harbour board enlarged the northern channel to admit the new grain "
    "barges.",
    "The Kessel customs office lowered its duties on grain imports in the spring of 2026.",
])
def test_the_same_way_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"
