"""Real-world claims (1) that give an encyclopedia's span in millennia as years ("the past
three millennia" / "the past 3,000 years"): the millennium was no unit, "three" counted
nothing, and the true claim was left not_found (`facts.SIZES`, `facts.measure_unit`); (2) that
write in the text a figure the encyclopedia glosses in brackets after the phrase it measures
("nearly all of the moor (96.8%)" / "almost 97% of the moor"): the two figures shared no word
on the same side (`qa.claims.bracketed_figure`). The texts are invented here."""
import pytest

from qa.claims.bracketed_figure import bracketed
from qa.claims.check import check
from qa.claims.compare import agree
from qa.claims.facts import measure_unit, parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Orvel_peat_cores.txt": (
        "Orvel peat cores",
        "In 2016 a team led by Halvorsen dated pollen in the Orvel peat cores spanning the past "
        "three millennia.",
        "The cores were drilled on the upland bog above the village of Sarn.",
        "Their charcoal layers record fires about every 40 years."),
    "Dellmoor_flood.txt": (
        "Dellmoor flood",
        "On 3 March 2009 standing water covered nearly all of the Dellmoor basin (96.8%) after "
        "the river Tess burst its banks.",
        "The drainage board pumped the basin dry within six weeks.",
        "Sheep farming on the moor resumed in the autumn."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    "In 2016 Halvorsen's team dated pollen in the Orvel peat cores covering the past 3,000 "
    "years.",
    "On 3 March 2009 standing water covered almost 97% of the Dellmoor basin.",
])
def test_a_figure_reworded_from_the_encyclopedia_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another span, another share: never supported
    "In 2016 Halvorsen's team dated pollen in the Orvel peat cores covering the past 5,000 "
    "years.",
    "On 3 March 2009 standing water covered almost 70% of the Dellmoor basin.",
    # the figure agrees, the place does not
    "On 3 March 2009 standing water covered almost 97% of the Kirkby basin.",
])
def test_a_near_miss_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_millennia_are_a_unit_of_time():
    vocab = vocabulary_for(Analyzer())
    assert measure_unit("millennia") == measure_unit("millennium") == "millennium"
    assert measure_unit("militia") == ""  # a word ending in "a" is no unit by that alone
    claim = parse("for the past 2,000 years", vocab).mentions[0]
    source = parse("over the past two millennia", vocab).mentions[0]
    assert source.unit == "millennium" and agree(claim, source)
    assert not agree(parse("for the past 5,000 years", vocab).mentions[0], source)


def test_bracketed():
    vocab = vocabulary_for(Analyzer())
    text = parse("nearly all of the moor (96.8%) and 40% of the fields", vocab)
    glossed, inline = text.mentions[:2]
    assert bracketed(text, glossed) and not bracketed(text, inline)
