"""Real-world claims (1) that round a measurement with a hedge where an encyclopedia gives it
twice, the second converted in brackets ("12.4 miles (20 km)"): the hedged figure may be
stated by the converted one, and the sentence's figure in the claim's own unit was read as
that unit given to another number (`compare.swapped_numbers`), so the true claim was called
contradicted by its own measurement. Two units of one measure measure one thing
(`qa.claims.converted_units`); (2) that name an article's subject by a short name whose long
form is the title's words ("UK" / "United Kingdom", `qa.claims.title_names`), which the title
lent nothing. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.compare import agree
from qa.claims.converted_units import converted, one_measure
from qa.claims.facts import parse
from qa.claims.title_names import title_names
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Tarn_glacier.txt": (
        "Tarn glacier",
        "Between 1950 and 2010 the snout of the Tarn glacier withdrew 12.4 miles (20 km) "
        "up the valley.",
        "Its meltwater feeds the Ossen river, which floods most springs.",
        "A survey hut stands on the eastern moraine.",
        "In 1950 its ice stood 45 metres (148 ft) thick above the hut."),
    "Brellow_storm.txt": (
        "Brellow storm",
        "The Brellow storm of 1987 dropped 31.6 inches (80 cm) of rain on the town of Kesk "
        "in two days.",
        "Gusts at the harbour reached 140 kilometres an hour.",
        "The town's sea wall was rebuilt after the storm."),
    "2011_United_Kingdom_hailstorm.txt": (
        "2011 United Kingdom hailstorm",
        "Forecasters have argued that the hailstorm may be tied to an unusually warm spring "
        "over the North Sea.",
        "Insurers paid out for damage to roofs and greenhouses across three counties."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # the hedged figure in the sentence's first unit
    "The Brellow storm dropped about 32 inches of rain on Kesk.",
    # in the bracketed unit
    "The Brellow storm dropped about 79 cm of rain on Kesk.",
    "Between 1950 and 2010 the Tarn glacier withdrew roughly 12 miles up the valley.",
])
def test_a_hedged_figure_is_not_contradicted_by_its_conversion(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # near misses: another figure in either unit stays contradicted
    "The Brellow storm dropped about 50 inches of rain on Kesk.",
    "The Brellow storm dropped about 120 cm of rain on Kesk.",
    "Between 1950 and 2010 the Tarn glacier withdrew roughly 30 miles up the valley.",
])
def test_another_figure_is_still_contradicted(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


def test_a_vague_figure_is_compared_after_conversion(wiki):
    # "hundreds of feet" takes in 148 ft, not 45 metres: the figure converted is no statement
    assert check(wiki, "In 1950 the Tarn glacier's ice stood hundreds of metres thick above "
                       "the hut.").verdict != "supported"


def test_a_near_miss_with_another_place_is_not_supported(wiki):
    # the figure agrees, the town does not: never supported
    assert check(wiki, "The Brellow storm dropped about 32 inches of rain on Ostvik.").verdict \
        != "supported"


def test_a_short_name_spells_out_the_title_subject(wiki):
    # "UK" is the parser's short name of "United Kingdom", the words of the article's title
    claim = "The 2011 UK hailstorm may be tied to an unusually warm spring over the North " \
            "Sea, forecasters have argued."
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another country's short name spells out no title word
    "The 2011 US hailstorm may be tied to an unusually warm spring over the North Sea, "
    "forecasters have argued.",
    # the title lends its subject, not the rest of the claim
    "The 2011 UK hailstorm may be tied to an unusually warm spring over the Baltic Sea, "
    "forecasters have argued.",
    "The 2011 UK hailstorm was caused by an unusually warm spring over the North Sea.",
])
def test_a_short_name_lends_nothing_else(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_title_names():
    vocab = vocabulary_for(Analyzer())
    title = parse("2011 United Kingdom hailstorm", vocab)
    spelled, own = title_names(parse("The UK hailstorm of 2011", vocab), title, vocab)
    assert spelled == {"unit", "kingdom"} and own == {"uk"}
    assert title_names(parse("The US hailstorm of 2011", vocab), title, vocab) \
        == (frozenset(), frozenset())
    assert title_names(parse("The UK hailstorm", vocab), None, vocab) \
        == (frozenset(), frozenset())


def test_units_of_one_measure():
    vocab = vocabulary_for(Analyzer())
    text = parse("12 miles or 20 km of road, 80 cm in 3 weeks, 5 months and 40 troops", vocab)
    words = {t.word: t for t in text.tokens}
    assert one_measure(words["miles"], words["km"])
    assert one_measure(words["weeks"], words["months"])
    assert not one_measure(words["cm"], words["weeks"])  # a length and a duration
    assert not one_measure(words["miles"], words["troops"])
    assert not one_measure(None, words["km"])


def test_converted():
    vocab = vocabulary_for(Analyzer())
    claim = parse("about 30 feet and hundreds of metres", vocab)
    sentence = parse("9.3 metres, 148 ft and 45 troops", vocab)
    words = {t.word: t for t in [*claim.tokens, *sentence.tokens]}
    about_30, hundreds = claim.mentions[:2]
    metres_93, feet_148, troops = sentence.mentions[:3]
    assert converted(about_30, words["feet"], metres_93, words["metres"], agree)
    # 148 feet is in the hundreds, but only 45 metres
    assert not converted(hundreds, words["metres"], feet_148, words["ft"], agree)
    assert not converted(about_30, words["feet"], troops, words["troops"], agree)
