"""Real-world claims (1) that repeat an encyclopedia's range ("between 40 and 70 kilotonnes"
/ "between 40 and 70 kilotonnes"): no one figure of the sentence lay within both ends, so the
figures went unverified, and another figure of the sentence was read as the range's rival
(`qa.claims.range_stated`); (2) with another thing measured in the range's place ("kilotonnes
of soot" / "kilotonnes of sulphur"), which must stay unsupported
(`qa.claims.measured_substance`); (3) that write a temperature's scale after "degrees"
("0.3 degrees Celsius"), read as a name, or "half a degree", no figure at all (`facts.names`,
`facts.half_measures`); with the scale no name, a participle after a date ("during 1962–2008
recorded at the hut") was read as an active verb with names swapped around it
(`opposition.participle_clause`). The texts are invented
here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Varn_smelter.txt": (
        "Varn smelter",
        "Engineers estimated that the Varn smelter released between 40 and 70 kilotonnes of "
        "sulphur each winter before its scrubbers were fitted.",
        "Its chimney, 180 metres tall, was demolished in 1994.",
        "Lichens returned to the valley within a decade."),
    "Oster_lagoon.txt": (
        "Oster lagoon",
        "Fishing crews land about 3,100 tonnes of herring a year, while anglers take between "
        "12 and 18 tonnes.",
        "The lagoon is closed to boats in the spawning season.",
        "Its salt marsh shelters wading birds."),
    "Kessel_glacier.txt": (
        "Kessel glacier",
        "The Lorn plateau has one of the largest warming trends in Norland, based on the trend "
        "of 0.37 °C/decade during 1962–2008 recorded at the Kessel hut.",
        "The glacier's tongue retreated 900 metres over the same period.",
        "Summer meltwater now floods the lower meadows."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    "The Varn smelter released between 40 and 70 kilotonnes of sulphur each winter before its "
    "scrubbers were fitted.",
    "On the Oster lagoon, anglers take between 12 and 18 tonnes.",
])
def test_the_same_range_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # an end moved: the source's range is not the claim's
    "The Varn smelter released between 40 and 90 kilotonnes of sulphur each winter before its "
    "scrubbers were fitted.",
    "The Varn smelter released between 50 and 70 kilotonnes of sulphur each winter before its "
    "scrubbers were fitted.",
    # the range holds, another thing is measured
    "The Varn smelter released between 40 and 70 kilotonnes of soot each winter before its "
    "scrubbers were fitted.",
    "The Varn smelter released 40 kilotonnes of soot each winter before its scrubbers were "
    "fitted.",
])
def test_a_near_miss_of_a_range_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Kessel hut on the Lorn plateau recorded a warming trend of 0.37 degrees Celsius per "
    "decade during 1962–2008.",
    # the hut and the plateau on the sides of "recorded" the other way round: the sentence's
    # "recorded" is a participle after a date, no active verb with a subject (`opposition`)
    "The Kessel hut recorded warming of 0.37 degrees Celsius per decade on the Lorn plateau "
    "during 1962–2008.",
])
def test_a_scale_after_degrees_is_no_name(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_a_rate_per_another_period_is_not_supported(wiki):
    claim = ("The Kessel hut on the Lorn plateau recorded a warming trend of 0.37 degrees "
             "Celsius per year during 1962–2008.")
    assert check(wiki, claim).verdict != "supported"


def test_half_a_degree_is_a_figure():
    vocab = vocabulary_for(Analyzer())
    figures = [m for m in parse("warmed by about half a degree Fahrenheit", vocab).mentions
               if m.family == "count"]
    assert [(m.value, m.bound) for m in figures] == [(0.5, "approx")]


def test_the_scale_after_degrees_names_no_one():
    vocab = vocabulary_for(Analyzer())
    assert not [m for m in parse("The lake rose 2 degrees Fahrenheit", vocab).mentions
                if m.family == "name"]
