"""A superlative set against the superlative of its antonym ("the coldest winter" / "the
hottest winter") is the claim's relation reversed, whether the adjective's superlative is
regular ("coldest", WordNet's rule) or doubles its consonant ("hottest", WordNet's adj.exc,
`qa.search.wordnet.adjective_bases`): the sentence does not support the claim. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.search.wordnet import adjective_bases, antonyms
from tests.helpers.corpora import open_written

ARTICLES = {
    "Varn_valley.txt": (
        "Varn valley",
        "In the Varn valley, the year 1963 was the hottest on record, and the lake stayed open "
        "for the whole season.",
        "Fishing boats leave the eastern harbour before dawn."),
    "Orle_plateau.txt": (
        "Orle plateau",
        "On the Orle plateau, the year 1998 was the coldest on record, with frost in every month.",
        "Shepherds move their flocks to the lower pastures in October."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_written(tmp_path_factory, "cfprec64-wiki", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


def test_irregular_superlatives_lead_back_to_their_adjective():
    assert adjective_bases("hottest") == ("hot",)
    assert "cold" in adjective_bases("coldest")
    assert adjective_bases("water") == ()  # no "-er" read by rule
    assert "cold" in antonyms("hottest")


@pytest.mark.parametrize("claim", [
    "In the Varn valley, 1963 was the coldest year on record.",  # hottest in the text
    "On the Orle plateau, 1998 was the hottest year on record.",  # coldest in the text
])
def test_a_superlative_of_the_antonym_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "In the Varn valley, 1963 was the hottest year on record.",
    "On the Orle plateau, 1998 was the coldest year on record.",
])
def test_the_same_superlative_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"
