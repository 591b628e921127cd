"""A claim's verb swapped for one of the opposite event, the two linked in WordNet only as kinds
of the two sides of one antonym pair (`tools/wordnet_event_opposites.py`): "dwindled" /
"swelled" (decrease / increase), "plummeted" / "soared" (descend / rise), "withered" / "flourished" (decrease / increase). Standing in the claim verb's
place, on the same participants, the sentence does not state the claim
(`qa.claims.opposite_in_place`); verbs of the same meaning stay supported, and verbs merely
different (neither a kind of the other side) are not opposed. And "won" / "lost", direct
antonyms never read because "won" is a stopword (`opposition.dropped_past`). Invented
sentences."""
import pytest

from qa.search.wordnet import event_opposites
from tests.test_check import OTHER_TOPICS, checker

VALLEY = [
    "Passenger numbers on the Alder Valley rack railway dwindled between 2016 and 2021.",
    "The price of a season ticket on the valley buses soared in the spring of 2023.",
    "The herd of ibex above Sankt Ulrich flourished after the hunting ban of 2012.",
    "The village brass band swelled to thirty players after the new music school opened.",
    "The Sankt Ulrich curling team won the cantonal cup in 2019.",
    "The Alder Valley ski club lost the relay final in 2021.",
    "The Hohgrat hut association has withdrawn from the alpine tourism board.",
    "The glacier school has remained a member of the mountain rescue network since 2015.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("events"), "Valley", VALLEY)


@pytest.mark.parametrize("claim", [
    # main (b1bc86f): supported at 0.87-0.94, the claim's verb one unverified word
    "Passenger numbers on the Alder Valley rack railway swelled between 2016 and 2021.",
    "The price of a season ticket on the valley buses plummeted in the spring of 2023.",
    "The herd of ibex above Sankt Ulrich withered after the hunting ban of 2012.",
    "The village brass band dwindled to thirty players after the new music school opened.",
])
def test_an_opposite_event_in_place_is_no_support(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "Passenger numbers on the Alder Valley rack railway fell between 2016 and 2021.",
    "The price of a season ticket on the valley buses rose sharply in the spring of 2023.",
    "The herd of ibex above Sankt Ulrich thrived after the hunting ban of 2012.",
    "The village brass band grew to thirty players after the new music school opened.",
])
def test_the_same_event_reworded_stays_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # "won" is a stopword of the analyzer (for "won't"): no term, so the direct antonyms
    # "won" / "lost" were never read against each other (main: supported at 0.82-1.0)
    "The Sankt Ulrich curling team lost the cantonal cup in 2019.",
    "The Alder Valley ski club won the relay final in 2021.",
])
def test_won_and_lost_are_opposed(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "The Sankt Ulrich curling team won the cantonal cup in 2019.",
    "The Alder Valley ski club lost the relay final in 2021.",
    "The Alder Valley ski club won't forget the relay final of 2021.",
])
def test_won_and_lost_as_stated_are_not_opposed(check, claim):
    assert check(claim)["verdict"] != "contradicted"


def test_staying_against_withdrawing_is_contradicted(check):
    # "stay" continues a state as "remain" does (`tools/wordnet_continuation.py`: its first
    # sense is remain's, and it has a sense of "continue"); main: supported, "stayed" unverified
    claim = "The Hohgrat hut association has stayed in the alpine tourism board."
    assert check(claim)["verdict"] == "contradicted"


def test_staying_as_stated_is_supported(check):
    claim = "The glacier school has stayed in the mountain rescue network since 2015."
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("word, opposite", [
    ("dwindled", "swell"), ("soared", "plummet"), ("curtailed", "extend"),
    ("flourished", "wither"), ("prohibited", "approve"), ("condemned", "praise"),
])
def test_kinds_of_the_two_sides_of_an_antonym_pair_are_opposed(word, opposite):
    assert opposite in event_opposites(word)


@pytest.mark.parametrize("word, other", [
    # the same side ("dwindle" / "shrink" are both kinds of decrease), a merely different
    # verb, and a word mostly used as a noun ("branch" is a kind of increase as a verb only)
    ("dwindle", "shrink"), ("swell", "grow"), ("praise", "hail"), ("approve", "endorse"),
    ("decrease", "branch"), ("soar", "walk"),
])
def test_verbs_of_one_side_or_merely_different_are_not_opposed(word, other):
    assert other not in event_opposites(word)
