"""A claim whose predicate is the rival value of the sentence's on one WordNet attribute
("warmer" / "colder": both values of temperature, on the two sides of its scale, joined by no
antonym pointer) is no support, and a contradiction where the rest is stated
(`wordnet.attribute_rivals`, `opposite_in_place`). A word of the same side ("hotter" for
"warmer": WordNet's "also see") still supports. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.search.wordnet import attribute_rivals
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velna_basin.txt": (
        "Velna basin",
        "The Velna basin is colder than the Orsk plateau because of its deep valleys.",
        "While the Orsk moss beds retreated, the lichen cover around Lake Velna has been "
        "expanding since 2011.",
        "The lower Velna valley is warmer than the upper valley in every month of the year.",
        "The fishing season of 1994 was the warmest on the Velna station's record.",
        "The guild voted in May to shut the Velna ferry line, acting on a letter from the "
        "boatmen sent a month prior that asked for the shutdown.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "attrval70-wiki", ARTICLES)


def test_rival_values_of_one_attribute():
    assert "cold" in attribute_rivals("warmer")
    assert "cool" in attribute_rivals("hotter")
    # one side of the scale: "also see" kin, no rivals
    assert "hot" not in attribute_rivals("warm")
    assert "cold" not in attribute_rivals("cool")


@pytest.mark.parametrize("claim", [
    # the rival value as a comparative, the compared things in place
    "The Velna basin is warmer than the Orsk plateau because of its deep valleys.",
    # the compared thing after "than" written otherwise: placed by the thing before
    "Because of its deep valleys, the Velna basin is warmer than Orsk.",
    # a verb of change the other way, ending its clause before a clause of its own
    "Since 2011, the lichen cover around Lake Velna has been shrinking, like the Orsk moss "
    "beds.",
])
def test_a_rival_value_in_place_is_contradicted(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The Velna basin is colder than the Orsk plateau because of its deep valleys.",
    # a value of the same side of the scale ("also see"): a rewording
    "The lower Velna valley is hotter than the upper valley in every month of the year.",
    "Since 2011, the lichen cover around Lake Velna has been expanding.",
])
def test_a_value_of_the_same_side_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the same fact told from the other side: the compared thing before the word is not
    # the sentence's, so no reversal
    "The Orsk plateau is warmer than the Velna basin because of its deep valleys.",
])
def test_the_other_side_of_a_comparison_is_not_contradicted(wiki, claim):
    assert check(wiki, claim).verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    # a common word of the claim unstated ("skating" / "fishing"): another season's record, not
    # the claim's reversed; the rival value still keeps support away
    "The skating season of 1994 was the coldest on the Velna station's record.",
    # the compared thing after "than" with a word the sentence does not give
    "Because of its deep valleys, the Velna basin is warmer than the Orsk plateau region.",
])
def test_a_rival_value_with_a_word_unstated_is_neither(wiki, claim):
    assert check(wiki, claim).verdict == "not_found"


def test_an_adverb_before_a_comma_is_no_clause_of_its_own(wiki):
    # "later," opens the clause after it: "prior" in the sentence is no reversal of it
    assert check(wiki, "The boatmen asked for the shutdown, and a month later, in May, the "
                       "guild voted to shut the Velna ferry line.").verdict != "contradicted"


def test_a_near_miss_stays_unsupported(wiki):
    # the rival value about a thing the sentence does not compare
    assert check(wiki, "The Orsk plateau is colder than the Velna basin in every month of "
                       "the year.").verdict != "supported"
