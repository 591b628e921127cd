"""Wrong supports of a claim whose degree word the sentence puts otherwise, and the claims
that must stay supported. Invented texts.

- a superlative of another scale before the same noun does not state the claim's, read with
  the WordNet senses annotators used and without hypernyms as general as "property"
  ("the driest year" / "the warmest year", "the mildest winter" / "the coldest winter":
  `superlative_scale`); two of one scale still do ("the hottest year" / "the warmest year").
"""
import pytest

from qa.claims.check import check
from qa.claims.superlative_scale import one_scale
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def valley(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Across the northern valleys, 2034 was the warmest year since the river gauges were "
        "installed in 1902, according to the Valley Weather Service.",
        "The winter of 2029 was the coldest winter the orchard towns had logged in sixty "
        "years, and the ferries stopped for nine weeks.")


def verdict(valley, claim):
    return check(valley, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # wetness, not temperature: "dry" shares only a rarely used sense's attribute with "warm"
    "Across the northern valleys, 2034 was the driest year since the river gauges were "
    "installed in 1902.",
    # "mild" is valued in degree, "cold" in temperature; "property" is above both
    "The winter of 2029 was the mildest winter the orchard towns had logged in sixty years.",
])
def test_a_superlative_of_another_scale_is_not_supported(valley, claim):
    assert verdict(valley, claim) != "supported"


@pytest.mark.parametrize("claim", [
    # one scale, temperature: "hottest" may say what "warmest" says
    "Across the northern valleys, 2034 was the hottest year since the river gauges were "
    "installed in 1902.",
    "The winter of 2029 was the coldest winter the orchard towns had logged in sixty years.",
])
def test_a_superlative_of_the_same_scale_stays_supported(valley, claim):
    assert verdict(valley, claim) == "supported"


def test_scales_by_senses_in_use():
    vocab = vocabulary_for(Analyzer())
    assert not one_scale("driest", "warmest", vocab)
    assert not one_scale("mildest", "hottest", vocab)
    assert one_scale("highest", "largest", vocab)  # magnitudes both
    assert one_scale("hottest", "warmest", vocab)
