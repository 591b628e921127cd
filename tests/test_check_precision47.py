"""A claim's verb or adjective swapped for one WordNet opposes to it only through one more link
than the direct antonyms the checker reads (`qa.claims.opposite_in_place`): "detained" /
"released" ("released" shares a synset with "free", whose antonym synset holds "detain"),
"lost" / "gained" (opposed in a sense past the first two), "dismissed" / "hired", "clean" /
"polluted" (ending its clause). Standing in the claim word's place, on the same participants,
the sentence does not state the claim; reworded verbs and adjectives of the same meaning stay
supported. Invented sentences."""
import pytest

from qa.search.wordnet import indirect_antonyms
from tests.test_check import OTHER_TOPICS, checker

ISLAND = [
    "After a night of questioning, the coast guard released the four sailors who had been "
    "held at the lighthouse.",
    "The island bakery gained customers on its summer market stall in 2023.",
    "The ferry board hired sixty temporary deckhands for the tourist season of 2024.",
    "The parish council gave the wardens a robust mandate to inspect moorings at the pier.",
    "The island court freed the ferry's skipper, Hanna Berg, after the appeal.",
    "Inspectors described the water in the north cove as polluted.",
    "The island's seal colony shrank by 200 animals between 2015 and 2022.",
    "The warden's report judged the path along the cliffs safe after the repairs.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("indirect"), "Island", ISLAND)


@pytest.mark.parametrize("claim", [
    # main: supported at 0.85-0.95, the claim's word merely unverified
    "After a night of questioning, the coast guard detained the four sailors at the lighthouse.",
    "The island bakery lost customers on its summer market stall in 2023.",
    "The ferry board dismissed sixty temporary deckhands in the tourist season of 2024.",
    "The island court convicted the ferry's skipper, Hanna Berg, after the appeal.",
    # an adjective ending its clause: placed by the stated words before it alone
    "Inspectors described the water in the north cove as clean.",
])
def test_an_indirect_opposite_in_place_is_no_support(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The coast guard freed the four sailors held at the lighthouse.",
    "The island bakery won customers on its summer market stall in 2023.",
    "The ferry board employed sixty temporary deckhands for the tourist season of 2024.",
    "The parish council handed the wardens a strong mandate to inspect moorings at the pier.",
    "The island's seal colony contracted by 200 animals between 2015 and 2022.",
    "The warden's report rated the path along the cliffs safe after the repairs.",
    "Inspectors described the water in the north cove as contaminated.",
])
def test_a_reworded_word_of_the_same_meaning_stays_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("word, opposite", [
    ("released", "detain"), ("gained", "lose"), ("hired", "dismiss"), ("freed", "convict"),
    ("shrank", "expand"), ("polluted", "clean"),
])
def test_wordnet_opposes_them_through_one_more_link(word, opposite):
    assert opposite in indirect_antonyms(word)


@pytest.mark.parametrize("word, kin", [
    # a word of the same meaning, and a word that is the other's hypernym ("move" / "leave")
    ("released", "free"), ("gained", "win"), ("hired", "employ"), ("robust", "strong"),
    ("leave", "move"), ("shrink", "contract"),
])
def test_words_of_the_same_meaning_are_not_opposed(word, kin):
    assert kin not in indirect_antonyms(word)
