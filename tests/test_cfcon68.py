"""A wrong support of a real-world claim made false by turning one direction: an antonym of
the claim word written as a regular comparative before "than" ("faster rates than" for
"slowing": `comparatives`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.comparatives import comparative_bases
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Korma_permafrost.txt": (
        "Korma permafrost",
        "Warm summers are causing the thaw of the Korma permafrost to occur at faster rates than "
        "earlier models predicted, with grave effects on the local herds.",
        "Later than usual, the ferry crossed to the island of Vesk in April.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfcon68-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # the antonym of "slow" as a comparative before "than"
    "Warm summers are slowing the thaw of the Korma permafrost.",
    "Warm summers are slowing the thaw of the Korma permafrost, with grave effects on the "
    "local herds.",
])
def test_an_antonym_as_a_comparative_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Warm summers are making the Korma permafrost thaw faster than earlier models predicted.",
    # "later than" is a comparative of "late", no antonym of a claim word
    "The ferry crossed to the island of Vesk in April, later than usual.",
])
def test_the_same_direction_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


def test_a_comparative_is_read_only_before_than(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    text = parse("The river ran faster than the canal, carrying water to the border.", vocab)
    words = [t.word for t in text.tokens]
    assert "fast" in comparative_bases(text, words.index("faster"))
    assert comparative_bases(text, words.index("water")) == ()
    assert "hot" in comparative_bases(parse("It was hotter than ever.", vocab), 2)
