"""A comparison whose two things the sentence gives the other way round: "A is saltier than B"
is not stated, but contradicted, by "B is saltier than A", and stated by "B is less salty
than A" (`compared_order`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Vesk_lagoon.txt": (
        "Vesk lagoon",
        "The Vesk lagoon is saltier than the open sea beyond the reef, because the summer sun "
        "evaporates its shallow water.",
        "Its herring spawn along the northern shore in early spring.",
    ),
    "Orlan_basalt.txt": (
        "Orlan basalt",
        "Orlan basalt (a volcanic rock quarried on the island) has a density about 10% higher "
        "than that of ordinary granite.",
        "The quarry closed in 1911 after a rockfall.",
    ),
    "Dunmere_lakes.txt": (
        "Dunmere lakes",
        "Lake Ossel is by far the warmest of the Dunmere lakes in August, even though Lake Brant "
        "lies lower in the valley.",
        "Both lakes freeze over in most winters.",
    ),
    "Tarn_valley.txt": (
        "Tarn valley",
        "In winter the floor of the Tarn valley cools faster than the slopes above it, so frost "
        "gathers at the bottom.",
        "The valley's orchards were planted by monks in the twelfth century.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cmporder70-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # the two things traded, the comparative the same
    "The open sea beyond the reef is saltier than the Vesk lagoon.",
    "Ordinary granite has a density about 10% higher than that of Orlan basalt.",
    "In winter the slopes of the Tarn valley cool faster than the valley floor.",
])
def test_a_comparison_told_the_other_way_round_is_contradicted(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the same things in the same order, the scale reversed through WordNet ("light" / "dense")
    "Orlan basalt is lighter than ordinary granite.",
])
def test_the_opposite_scale_in_the_same_order_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_a_superlative_of_the_other_thing_does_not_support(wiki):
    # the sentence calls the claim's second thing the warmest: the claim's first is not warmer
    assert check(wiki, "Lake Brant is warmer than Lake Ossel in August.").verdict != "supported"


@pytest.mark.parametrize("claim", [
    # the same fact told from the other side, with the opposite comparative
    "The open sea beyond the reef is less salty than the Vesk lagoon.",
    # and told the same way
    "The Vesk lagoon is saltier than the open sea beyond the reef.",
])
def test_the_same_comparison_reworded_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_directions_of_two_comparatives(wiki):
    from qa.claims.compared_order import OPPOSITE, SAME, UNKNOWN, comparisons, direction
    vocab = vocabulary_for(wiki.analyzer)
    read = lambda text: comparisons(parse(text, vocab))[0]
    hotter = read("The kiln is hotter than the oven.")
    assert direction(hotter, read("The oven is colder than the kiln."), vocab) == OPPOSITE
    assert direction(hotter, read("The oven is warmer than the kiln."), vocab) == SAME
    lighter = read("Pumice is lighter than water.")
    assert direction(lighter, read("Water has a higher density than pumice."), vocab) == OPPOSITE
    assert direction(hotter, read("The oven is taller than the kiln."), vocab) == UNKNOWN
    poorer = read("Wool is a poorer conductor than copper.")
    assert direction(poorer, read("Copper is a better conductor than wool."), vocab) == OPPOSITE


def test_the_things_compared(wiki):
    from qa.claims.compared_order import comparisons
    vocab = vocabulary_for(wiki.analyzer)
    found = comparisons(parse("Orlan basalt (a volcanic rock) has a density higher than that "
                              "of granite because it holds iron.", vocab))[0]
    assert {"orlan", "basalt"} <= found.first and "volcan" not in found.first
    assert "granit" in found.second and "iron" not in found.second
