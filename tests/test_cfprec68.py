"""A claim of cause and effect that the sentence tells the other way round is not supported
(`qa.claims.cause_reversed`, veto `cause_turned`): "Y is caused by X" is no evidence that Y
causes X. The same relation reworded (another marker, another voice) still supports.
Sentences invented here."""
import pytest

from qa.claims.cause_reversed import relations
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

LAKE = ("The silting of the Varn lake is caused by erosion of the surrounding hillsides, "
        "pastures and terraces.")
FOG = ("Coastal fog along the Orla shore, fed by the cold current, leads to lower "
       "grape yields.")
DUNES = "The northern dune field (NDF) is driven by persistent winds from the plateau."


def sides(text: str):
    return [(set(c), set(e)) for c, e in relations(parse(text, VOCAB))]


def terms(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


@pytest.mark.parametrize("text, cause, effect", [
    ("Erosion of the hillsides causes silting of the lake.", "erosion hillsides",
     "silting lake"),
    ("Silting of the lake is caused by erosion of the hillsides.", "erosion hillsides",
     "silting lake"),
    ("Silting of the lake results from erosion of the hillsides.", "erosion hillsides",
     "silting lake"),
    ("Silting of the lake worsened due to erosion of the hillsides.", "erosion hillsides",
     "silting lake worsened"),
    # an aside set off by commas between the cause and its verb is no side of the relation
    ("Coastal fog, fed by the current, leads to lower yields.", "coastal fog",
     "lower yields"),
])
def test_relation_sides(text, cause, effect):
    assert sides(text) == [(terms(cause), terms(effect))]


def test_a_word_on_both_sides_tells_no_side():
    assert sides("Differences in salt cause differences in density.") == \
        [(terms("salt"), terms("density"))]


def test_a_compound_half_is_no_marker():
    assert sides("Wind-driven waves reach the shore.") == []


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Varn", [LAKE, FOG, DUNES, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "Erosion of the surrounding hillsides around the Varn lake is caused by its silting.",
    "Lower grape yields along the Orla shore lead to coastal fog.",
    "Persistent winds from the plateau are driven by the northern dune field.",
])
def test_a_reversed_cause_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "Erosion of the surrounding hillsides causes the silting of the Varn lake.",
    "Coastal fog along the Orla shore results in lower grape yields.",
    "Persistent winds from the plateau drive the northern dune field.",
])
def test_the_same_direction_reworded_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"
