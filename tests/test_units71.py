"""A figure given in another unit of the same measure is stated, or conflicted, by it (round
66, branch units71): "85 million tonnes" is "85 teragrams", "3,400 megawatts" is "3.4
gigawatts". Metric units with their SI prefixes come from a table (`metric_units`), a range
writes its scale and unit once after its second end (`range_ends`), and the readings that
find a figure inside a hedge or a range compare it in the claim's unit
(`converted_units.in_unit_of`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import MEASURES, SIZES, parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Korvath_basin.txt": (
        "Korvath basin",
        "Peat bogs of the Korvath basin hold about 85 teragrams of carbon, a fifth of the "
        "region's soil carbon.",
        "Fires in the Korvath basin release between 2 and 4 teragrams of carbon a year.",
        "By 2080 the Korvath lake could drop by 5 to 70 cm as its glaciers thin.",
    ),
    "Lenmoor_wind_farm.txt": (
        "Lenmoor wind farm",
        "The Lenmoor wind farm had an installed capacity of 3,400 megawatts in 2019, the largest "
        "on the Ostrand coast.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "units71-wiki", ARTICLES)


def test_prefixed_metric_units_have_a_measure_and_a_size():
    assert MEASURES["teragram"] == MEASURES["tonne"] == MEASURES["kilogram"] == "mass"
    assert SIZES["teragram"] == SIZES["megatonne"] == 1e12
    assert MEASURES["gigawatt"] == "power" and SIZES["gigawatt"] == 1000 * SIZES["megawatt"]


def test_a_range_writes_its_scale_and_unit_once(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    parsed = parse("Ships carry from 12 to 15 million tonnes of grain.", vocab)
    assert [(m.value, m.unit) for m in parsed.mentions] == [(12e6, "tonne"), (15e6, "tonne")]
    # a first end larger than the second's number keeps its own scale
    grown = parse("The town grew from 800 to 2 million people.", vocab)
    assert [m.value for m in grown.mentions] == [800, 2e6]


@pytest.mark.parametrize("claim", [
    "Peat bogs of the Korvath basin hold about 85 million tonnes of carbon.",
    "The Lenmoor wind farm had an installed capacity of 3.4 gigawatts in 2019.",
])
def test_a_figure_in_another_unit_of_its_measure_is_stated(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence's number in a unit a thousand times smaller: the same number, another figure
    "Peat bogs of the Korvath basin hold about 85 kilotonnes of carbon.",
    "The Lenmoor wind farm had an installed capacity of 3,400 kilowatts in 2019.",
    "Peat bogs of the Korvath basin hold about 85 billion tonnes of carbon.",
])
def test_a_wrong_figure_after_conversion_is_contradicted(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


def test_a_range_in_another_unit_is_no_rival_of_itself(wiki):
    result = check(wiki, "Fires in the Korvath basin release between 2 and 4 million tonnes of "
                         "carbon a year.")
    assert result.verdict != "contradicted"


def test_another_measure_is_not_stated(wiki):
    # litres measure volume, not mass: the same number in them states nothing
    result = check(wiki, "Peat bogs of the Korvath basin hold about 85 million litres of carbon.")
    assert result.verdict != "supported"


def test_a_range_in_a_unit_of_another_size_is_contradicted(wiki):
    # the same two numbers, the range's unit written once after its second end: centimetres
    # are not metres, though "5" has no unit written after it
    result = check(wiki, "By 2080 the Korvath lake could drop by between 5 and 70 metres.")
    assert result.verdict == "contradicted"
    assert check(wiki, "By 2080 the Korvath lake could drop by between 5 and 70 "
                       "centimetres.").verdict == "supported"
