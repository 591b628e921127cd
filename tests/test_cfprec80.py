"""Wrong supports of a claim whose degree word the sentence puts otherwise, and the claims
that must stay supported. Invented texts.

- a superlative of another scale before the same noun does not state the claim's, read with
  the WordNet senses annotators used and without hypernyms as general as "property"
  ("the driest year" / "the warmest year", "the mildest winter" / "the coldest winter":
  `superlative_scale`); two of one scale still do ("the hottest year" / "the warmest year");
- a comparative the sentence leaves unsaid and writes the antonym of, or, after a linking verb,
  puts on another scale ("open later" / "become earlier", "grew slower" / "grew larger":
  `degree_replaced`), vetoes support; a converse comparison with "than" does not.
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
        "years, and the ferries stopped for nine weeks.",
        "Between 1900 and 1990 a slow warming of the winters is recorded, and over the same "
        "years the Halden lake log of ice break-up dates tended to become earlier.",
        "Since 2015 the yearly losses of the Osterby ferry company have grown larger, the "
        "auditors wrote.",
        "The northern pier at Osterby is longer than the southern pier.",
        "The summer of 2031 was warmer than average across the whole Halden basin.")


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


@pytest.mark.parametrize("claim", [
    # the antonym of the claim's comparative, after another verb
    "As the winters warmed between 1900 and 1990, the ice on the lakes in the Halden log "
    "tended to break up later.",
    # two comparatives after a linking verb, speed against size
    "Since 2015 the yearly losses of the Osterby ferry company have grown slower.",
    # a superlative after "was the", a comparative of another scale after "was"
    "The summer of 2031 was the wettest summer on record across the whole Halden basin.",
])
def test_a_comparative_put_otherwise_is_not_supported(valley, claim):
    assert verdict(valley, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "As the winters warmed between 1900 and 1990, the ice break-up dates in the Halden lake "
    "log tended to become earlier.",
    "Since 2015 the yearly losses of the Osterby ferry company have grown larger.",
])
def test_the_comparative_told_stays_supported(valley, claim):
    assert verdict(valley, claim) == "supported"


def test_a_converse_comparison_is_not_vetoed():
    from qa.claims.degree_replaced import degree_replaced
    from qa.claims.facts import parse
    vocab = vocabulary_for(Analyzer())
    claim = parse("The southern pier at Osterby is shorter than the northern pier.", vocab)
    sentence = parse("The northern pier at Osterby is longer than the southern pier.", vocab)
    assert degree_replaced(claim, sentence, vocab, frozenset()) is None
    # without "than" in the claim the antonym withholds support
    alone = parse("The southern pier at Osterby grew shorter.", vocab)
    assert degree_replaced(alone, sentence, vocab, frozenset()) is not None


def test_a_gap_after_a_span_is_no_opposite():
    from qa.claims.degree_replaced import degree_replaced
    from qa.claims.facts import parse
    vocab = vocabulary_for(Analyzer())
    sentence = parse("The pilots' strike in June followed a warning from the harbour master "
                     "two weeks earlier.", vocab)
    claim = parse("The harbour master warned the pilots, and two weeks later they went on "
                  "strike in June.", vocab)
    assert degree_replaced(claim, sentence, vocab, frozenset()) is None


def test_a_comparative_both_texts_write_replaces_nothing():
    from qa.claims.degree_replaced import degree_replaced
    from qa.claims.facts import parse
    vocab = vocabulary_for(Analyzer())
    sentence = parse("Lake Orva is by far the warmest lake of the plateau, even though Lake "
                     "Bress is shallower.", vocab)
    claim = parse("Lake Orva is warmer than Lake Bress even though Lake Bress is shallower.",
                  vocab)
    assert degree_replaced(claim, sentence, vocab, frozenset()) is None
