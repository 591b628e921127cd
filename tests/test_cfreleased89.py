"""A comparison is a relation between two things, stated only as that relation between those
things (`compared_order`): a multiple ("12 times as much water as") compares as a comparative
does, so the source that writes the two things the other way round does not state it; a noun
phrase set between commas before "than" ("larger amounts of brine, a bitter salt water, than")
does not end the comparison it interrupts; and a sentence that makes the claim's comparison
the same way and another with the opposite word ("but much less than") does not reverse it.
The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velm_island.txt": (
        "Velm island",
        "The natural springs of Velm island are more than 12 times greater than the supply of "
        "fresh water from the island's desalination plants, but they run dry in late summer.",
        "The island's only harbour was dredged in 1934.",
    ),
    "Orvik_saltworks.txt": (
        "Orvik saltworks",
        "In its last survey, the Harl board concluded that the Orvik saltworks discharges "
        "larger amounts of brine, a bitter salt water, than does the Brask quarry, but still "
        "much less than the Tolm mine.",
        "The saltworks employed forty people in its first year.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfreleased89-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # a multiple with its two things traded against the source's comparison
    "The desalination plants of Velm island supply more than 12 times as much fresh water as all "
    "of its natural springs combined.",
    "The desalination plants of Velm island yield twice as much fresh water as its natural "
    "springs.",
    # the opposite comparative of the same comparison, past the aside before "than"
    "The Harl board concluded that the Orvik saltworks discharges less brine than the Brask "
    "quarry.",
    "The Orvik saltworks discharges smaller amounts of brine than the Brask quarry.",
])
def test_a_comparison_the_source_makes_otherwise_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    # the same comparison, reworded ("more" / "larger amounts"), beside the source's second
    # comparison whose "less" compares with another thing
    "The Harl board concluded that the Orvik saltworks releases more brine than the Brask "
    "quarry, though still much less than the Tolm mine.",
])
def test_another_comparison_of_the_sentence_reverses_nothing(wiki, claim):
    assert check(wiki, claim).verdict != "contradicted"


def test_the_things_a_multiple_compares(wiki):
    from qa.claims.compared_order import comparisons, direction, SAME
    vocab = vocabulary_for(wiki.analyzer)
    read = lambda text: comparisons(parse(text, vocab))
    found = read("Wind pumps lift 20 times as much water as hand pumps, the survey says.")
    assert len(found) == 1 and {"wind", "pump"} <= found[0].first
    assert found[0].second == {"hand", "pump"}
    half = read("Hand pumps lift half as much water as wind pumps.")[0]
    more = read("Hand pumps lift more water than wind pumps.")[0]
    assert direction(half, more, vocab) != SAME
    # "as" alone is no multiple's
    assert read("Hand pumps, as many farmers know, lift water.") == []


def test_an_aside_before_than_keeps_the_comparative(wiki):
    from qa.claims.compared_order import comparisons
    vocab = vocabulary_for(wiki.analyzer)
    found = comparisons(parse("The mill grinds larger amounts of rye, a dark grain, than the "
                              "bakery.", vocab))
    assert [c.word.word for c in found] == ["larger"] and "bakeri" in found[0].second
