"""Wrong supports of real-world claims where the sentence states nearly every word: another
noun of the claim noun's own concrete kind beside the same word ("several years" / "several
months", `kin_in_place`), no comparison where the claim compares two things
(`comparison_unstated`), a rank the sentence lacks, or a superlative it gives only as "one
of the" (`qualifier_unstated`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.search.wordnet import concrete_kind
from tests.helpers.corpora import open_written

ARTICLES = {
    "Sand_lizard.txt": (
        "Sand lizard",
        "Unlike other reptiles of the dunes, sand lizards can survive without water for up to "
        "several weeks during the dry season.",
        "The Varn lagoon holds chiefly nitrogen, oxygen and helium in its trapped air pockets.",
        "For every heron killed by a ferry on the Varn river, nearly 300 were killed by foxes.",
        "Drainage of the marshes increases the drying of peat that feeds grass fires on the "
        "Orle plateau.",
        "The Orle plateau is one of the largest sources of tin in the northern hills.",
        "The Orle glacier melts during the long summer days.",
        "The chief of the Orle cooperative opened the new tin mine in May.",
        "In July the Orle cooperative paused the work of the mining crews after a flood.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_written(tmp_path_factory, "cfprec65-wiki", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


def test_concrete_kinds_come_from_wordnet_first_senses():
    assert concrete_kind("years") and concrete_kind("argon") and concrete_kind("months")
    assert not concrete_kind("work") and not concrete_kind("activities")
    assert not concrete_kind("occasion")


@pytest.mark.parametrize("claim", [
    # another span of time beside "several"
    "Sand lizards can survive without water for up to several months.",
    # another gas beside "oxygen"
    "The Varn lagoon holds chiefly nitrogen, oxygen and argon in its trapped air pockets.",
    # every word stated, no comparison made
    "Ferries kill more herons than foxes do on the Varn river.",
    # the rank unstated
    "Drainage of the marshes is the main cause of grass fires on the Orle plateau.",
    # one of the largest is not the largest
    "The Orle plateau is the largest source of tin in the northern hills.",
])
def test_a_fact_of_the_claim_the_sentence_words_otherwise_does_not_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Sand lizards can survive without water for up to several weeks.",
    "The Varn lagoon holds chiefly nitrogen, oxygen and helium in its trapped air pockets.",
    "The Orle plateau is one of the largest sources of tin in the northern hills.",
    "The Orle glacier melts during the long summer days.",
    # a rank word as a noun ("the cooperative chief") is no rank of the claim's thing
    "The Orle cooperative chief opened the new tin mine in May.",
    # two abstract nouns of one kind are a rewording, not two things
    "In July the Orle cooperative paused the activities of the mining crews after a flood.",
])
def test_the_same_facts_still_support(wiki, claim):
    assert check(wiki, claim).verdict == "supported"
