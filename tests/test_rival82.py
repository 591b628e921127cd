"""A rival of the claim's word in its place is no support: a superlative of no known scale
("the stormiest decade" / "the hottest decade", `superlative_scale.one_scale`), a comparative
of another attribute before the same noun ("the warmer rains" / "the heavier rains",
`attribute_in_place`), another noun naming the kind of the same head ("the copper industry" /
"the timber industry", `qualified.another_qualifier`), a gas of the claim gas's kind
across "of" ("the concentration of methane" / "the CO2 concentration", `kin_in_place`); the claim's own words, or a synonym,
still support. The texts are invented here."""
import pytest

from qa.claims.attribute_in_place import attribute_in_place
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.qualified import another_qualifier
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import FILLER_ARTICLES, open_articles

ARTICLES = {
    "Varnholt_valley.txt": (
        "Varnholt valley",
        "The heavier rains of March flooded the Varnholt valley and closed the Brellin road for "
        "nine days.",
        "A wide survey of tree rings shows that the 1990s were the hottest decade recorded in "
        "the Varnholt valley.",
        "The Ostrava harbour remains the busiest port on the Kelder coast, with 412 ships a "
        "week.",
        "The timber industry of the Kelder coast employs about 23,000 people.",
        "The fishing fleet of Ostrava landed 8,100 tonnes of cod in 1994.",
        "The mean CO2 concentration at the Sisk station is rising by roughly 3 parts per "
        "million a year.",
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
    # a comparative of another attribute before the same noun
    "The warmer rains of March flooded the Varnholt valley and closed the Brellin road for "
    "nine days.",
    # another noun naming the kind of the same head
    "The copper industry of the Kelder coast employs about 23,000 people.",
    # a gas in the place of the sentence's gas, "X of Y" against "Y X" (`kin_in_place`)
    "The mean concentration of methane at the Sisk station is rising by roughly 3 parts per "
    "million a year.",
])
def test_a_rival_in_the_claim_words_place_is_no_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The 1990s were the hottest decade recorded in the Varnholt valley.",
    "The Ostrava harbour remains the busiest port on the Kelder coast, with 412 ships a week.",
    "The heavier rains of March flooded the Varnholt valley and closed the Brellin road for "
    "nine days.",
    "The timber industry of the Kelder coast employs about 23,000 people.",
    # a synonym in the place: the same thing
    "The lumber industry of the Kelder coast employs about 23,000 people.",
    "The mean concentration of CO2 at the Sisk station is rising by roughly 3 parts per "
    "million a year.",
])
def test_the_claims_own_word_still_supports(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim, sentence, rival", [
    ("The wetter months brought the Sorn floods.", "The warmer months brought the Sorn floods.",
     True),
    ("The heavier rains closed the Brellin road.", "The warmer rains closed the Brellin road.",
     True),
    # one scale (size): a rewording
    ("The larger herds crossed the Sorn river.", "The bigger herds crossed the Sorn river.",
     False),
    # positives, which a writer rewords freely
    ("It removed a major obstacle to the Sorn bridge.",
     "It removed a significant obstacle to the Sorn bridge.", False),
    ("The heavy rains closed the Brellin road.", "The warm rains closed the Brellin road.", False),
])
def test_a_comparative_of_another_scale_before_the_same_noun(claim, sentence, rival):
    vocab = vocabulary_for(Analyzer())
    mine, theirs = parse(claim, vocab), parse(sentence, vocab)
    told = frozenset(mine.terms & theirs.terms)  # the claim terms the sentence states
    assert attribute_in_place(mine, theirs, vocab, told) == rival


@pytest.mark.parametrize("claim, sentence, rival", [
    ("The Dorn steel industry employs 900 people.",
     "The Dorn coal industry employs 900 people.", True),
    # an adjective of no scale that relates its noun to another thing, as a noun does
    ("The Orle council imposed trade and military sanctions on Vask.",
     "The Orle council imposed trade and financial sanctions on Vask.", True),
    # a synonym (one WordNet synset)
    ("The Orle council imposed trade and fiscal sanctions on Vask.",
     "The Orle council imposed trade and financial sanctions on Vask.", False),
    # a word that only qualifies the head, or names the claim noun's kind: no rival
    ("The Dorn steel industry employs 900 people.",
     "The Dorn large industry employs 900 people.", False),
    ("The Dorn steel industry employs 900 people.",
     "The Dorn growing industry employs 900 people.", False),
    ("The Dorn steel industry employs 900 people.",
     "The Dorn metal industry employs 900 people.", False),
    # an adjective standing for a noun of which the other is a kind (WordNet's derivations)
    ("Over 100 Orle guards were wounded in retaliatory attacks.",
     "Over 100 Orle guards were wounded in reprisal attacks.", False),
    # no head after the noun: a preposition, a verb's form, an adjective follows it
    ("It was the first occasion since 1990 that the Orle council met.",
     "It was the first time since 1990 that the Orle council met.", False),
    ("It was the highest level detected at the Orle station.",
     "It was the highest ozone detected at the Orle station.", False),
    ("The Orle crews keep their bases safe.", "The Orle crews keep their facilities safe.",
     False),
    # a noun against an adjective only, and the end of a hyphened compound: no rival
    ("The Orle lake keeps a habitable temperature.",
     "The Orle lake keeps a surface temperature.", False),
    ("The Orle valley has a greenhouse effect.", "The Orle valley has a heat-retention effect.",
     False),
])
def test_another_noun_before_the_same_head(claim, sentence, rival):
    vocab = vocabulary_for(Analyzer())
    found = another_qualifier(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert (found is not None) == rival
