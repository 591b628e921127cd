"""A rival of the claim's word in its place is no support: a superlative of no scale WordNet
knows ("the stormiest decade" / "the hottest decade", `superlative_scale.one_scale`), a gas
of the claim gas's kind across "of" ("the level of methane" / "the CO2 level",
`kin_in_place`); the claim's own words, or a synonym, still support. The
texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.kin_in_place import kin_in_place
from qa.claims.superlative_scale import one_scale
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import FILLER_ARTICLES, open_articles

ARTICLES = {
    "Varnholt_valley.txt": (
        "Varnholt valley",
        "A wide survey of tree rings shows that the 1990s were the hottest decade recorded in "
        "the Varnholt valley.",
        "The Ostrava harbour remains the busiest port on the Kelder coast, with 412 ships a "
        "week.",
        "The CO2 level in the Orle marsh air doubled between 1971 and 1994.",
    ),
    **FILLER_ARTICLES,
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "rival82-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    # a superlative of no scale WordNet knows, where the sentence ranks on another
    "The 1990s were the stormiest decade recorded in the Varnholt valley.",
    "The Ostrava harbour remains the deadliest port on the Kelder coast, with 412 ships a week.",
    # a gas in the place of the sentence's gas, "X of Y" against "Y X"
    "The level of methane in the Orle marsh air doubled between 1971 and 1994.",
])
def test_a_rival_in_the_claim_words_place_is_no_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The 1990s were the hottest decade recorded in the Varnholt valley.",
    "The Ostrava harbour remains the busiest port on the Kelder coast, with 412 ships a week.",
    "The level of CO2 in the Orle marsh air doubled between 1971 and 1994.",
])
def test_the_claims_own_word_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("word, other, alike", [
    ("stormiest", "hottest", False),  # "stormy": no attribute in WordNet
    ("deadliest", "costliest", False),  # neither has one
    ("biggest", "largest", True),  # size
    ("deadliest", "most lethal", True),  # one synset: the thesaurus joins them
])
def test_superlatives_of_no_known_scale_are_one_only_when_joined(word, other, alike):
    assert one_scale(word, other, vocabulary_for(Analyzer())) == alike


@pytest.mark.parametrize("claim, sentence, rival", [
    ("The level of methane over the Orle marsh doubled by 1994.",
     "The CO2 level over the Orle marsh doubled by 1994.", True),
    ("The methane level over the Orle marsh doubled by 1994.",
     "Levels of carbon dioxide over the Orle marsh doubled by 1994.", True),
    # the claim's own gas, or its kind, in the place: no rival
    ("Levels of carbon dioxide over the Orle marsh doubled by 1994.",
     "The CO2 level over the Orle marsh doubled by 1994.", False),
    ("The level of methane over the Orle marsh doubled by 1994.",
     "The greenhouse gas level over the Orle marsh doubled by 1994.", False),
])
def test_a_gas_of_the_claim_gass_kind_across_of(claim, sentence, rival):
    vocab = vocabulary_for(Analyzer())
    found = kin_in_place(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert (found is not None) == rival
