"""Real-world claims with one fact changed that the sentence states otherwise, left not_found:
a place the sentence names after its kind ("on the island of X", `place_of`), and a place the
sentence leaves to its article's title, lent to a conflict (`lent_names`); and a rival value
right before the noun the claim's value qualifies ("the coldest town" / "the warmest town",
`opposite_in_place.qualifier_in_place`). The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Tallow_Record.txt": (
        "Tallow Record",
        "The Tallow Record is a chart of ozone levels in the upper air based on weekly samples "
        "collected at the Brannock Station on the island of Corsica since 1971.",
    ),
    "Velmar_heat_wave.txt": (
        "Velmar heat wave",
        "Tarsk, Velmar reached 38.1 °C (100.6 °F) on the 9th, making it the warmest town in "
        "the Baltic region.",
    ),
    "1988_Portuguese_cold_wave.txt": (
        "1988 Portuguese cold wave",
        "In 1986, 2,410 people died of the cold.",
        "Hospitals in Lisbon reported 90 admissions for frostbite in January.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfcon72-wiki", ARTICLES)


def test_a_place_named_after_its_kind_contradicts_another_place(wiki):
    claim = "The Tallow Record is based on ozone samples from a station in Sardinia."
    assert check(wiki, claim).verdict == "contradicted"


def test_the_same_place_named_after_its_kind_still_supports(wiki):
    claim = "The Tallow Record is based on weekly samples collected at the Brannock Station " \
        "on the island of Corsica."
    assert check(wiki, claim).verdict == "supported"


def test_a_rival_value_before_the_same_noun_withholds_support(wiki):
    claim = "Tarsk in Velmar was the coldest town in the Baltic region."
    assert check(wiki, claim).verdict != "supported"


def test_the_same_value_before_the_same_noun_still_supports(wiki):
    claim = "Tarsk in Velmar was the warmest town in the Baltic region."
    assert check(wiki, claim).verdict == "supported"


def test_a_title_lends_its_country_to_a_conflicting_figure(wiki):
    claim = "About 24,000 people in Portugal died of the cold in 1986."
    assert check(wiki, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the title names Portugal, not Spain: nothing lent, nothing said of Spain
    "About 24,000 people in Spain died of the cold in 1986.",
    # the sentence's own place is its event's: Lisbon's figure says nothing of Porto's
    "Hospitals in Porto reported 400 admissions for frostbite in January.",
])
def test_no_name_is_lent_that_the_title_does_not_name_or_the_sentence_replaces(wiki, claim):
    assert check(wiki, claim).verdict == "not_found"


def test_only_a_kind_of_place_before_of_makes_a_place(wiki):
    from qa.claims.place_of import named_place_of
    vocab = vocabulary_for(wiki.analyzer)
    text = "They met the president of Corsica on the island of Corsica."
    first, second = [i for i in range(len(text)) if text.startswith("Corsica", i)]
    assert not named_place_of(text, first)
    assert named_place_of(text, second)
    assert parse(text, vocab).mentions
