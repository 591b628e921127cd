"""A wrong support of a real-world claim made false by turning one direction: an antonym of
the claim word written as a regular comparative before "than" ("faster rates than" for
"slowing": `comparatives`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.comparatives import comparative_bases
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_written

ARTICLES = {
    "Korma_permafrost.txt": (
        "Korma permafrost",
        "Warm summers are causing the thaw of the Korma permafrost to occur at faster rates than "
        "earlier models predicted, with grave effects on the local herds.",
        "Later than usual, the ferry crossed to the island of Vesk in April.",
    ),
    # other articles, so that the words of the first are not in every document
    "Orchard_moth.txt": (
        "Orchard moth",
        "The orchard moth lays its eggs on apple leaves in early spring.",
        "Its caterpillars feed for about three weeks before they spin a cocoon.",
    ),
    "Tide_mill.txt": (
        "Tide mill",
        "A tide mill stores sea water in a pond at high tide and turns its wheel as the "
        "water drains.",
        "Several mills of this kind still worked on the western coast in 1900.",
    ),
    "Copper_roof.txt": (
        "Copper roof",
        "A copper roof turns green over decades as a patina forms on its surface.",
        "The town hall of Orvik was given such a roof in 1872.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_written(tmp_path_factory, "cfcon68-wiki", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


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
