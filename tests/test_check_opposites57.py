"""A claim's verb or adjective against the one WordNet opposes to it through one more link
than its direct antonyms (`qa.claims.opposite_in_place`: "gained" / "lost", "detained" /
"released"), standing in the claim word's place in a sentence that states the rest of the claim
as clearly as any conflicting sentence must (CONTRADICT): the claim's event reversed, so a
contradiction, whether or not the sentence reached support first. A sentence that states less of
the rest keeps only support away, and a word of the same meaning stays support. Invented
sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

HARBOUR = [
    "In the spring of 2023 the harbour police of Lindholm released the four trawler crews held "
    "at the customs shed after a week of questioning.",
    "With the closure of the old cannery, the fishing cooperative of Lindholm lost its cold "
    "storage and ice supply, leaving its boats to land catches at the southern pier.",
    "In 2021 the island council dismissed the twelve seasonal wardens of the dune reserve after "
    "a review of its budget.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("opposites57"), "Harbour", HARBOUR)


@pytest.mark.parametrize("claim", [
    # main: not_found (the indirect opposite only kept support away, or never was read where
    # the sentence fell short of support)
    "In the spring of 2023 the harbour police of Lindholm detained the four trawler crews at the "
    "customs shed after a week of questioning.",
    "With the closure of the old cannery, the fishing cooperative of Lindholm gained cold "
    "storage and ice supply.",
    "In 2021 the island council hired the twelve seasonal wardens of the dune reserve.",
])
def test_an_indirect_opposite_in_place_with_the_rest_stated_contradicts(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "In the spring of 2023 the harbour police of Lindholm freed the four trawler crews held at "
    "the customs shed after a week of questioning.",
    "In 2021 the island council fired the twelve seasonal wardens of the dune reserve.",
])
def test_a_word_of_the_same_meaning_stays_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the opposite is in place, but the sentence states too little of the rest of the claim
    # (who, where, when) to be about its event
    "The ferry company hired twelve deckhands for its night crossings to the mainland in 2019.",
])
def test_an_indirect_opposite_with_little_of_the_rest_does_not_contradict(check, claim):
    assert check(claim)["verdict"] != "contradicted"
