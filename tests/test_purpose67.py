"""A claim's added purpose or means ("in order to chart the reef", "so as to", "by cutting its
prices") is a fact of its own: a sentence stating the main clause, and of the adjunct only
words it holds elsewhere, does not support the claim (`adjunct.unstated_adjunct`). A purpose
or means the sentence states, in other words, still supports. Sentences invented here."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

DIVERS = ("The Velden harbour board hired two divers in 2017, after a storm had left the reef "
          "and its channel markers badly damaged.")
GUILD = "The Tarrow weavers' guild won the city contract in 2020 by lowering its prices."
STRIKES = ("Two dock strikes, in 2031 and 2032, were followed by ever more obstruction of the "
           "harbour board's work.")
PATROL = ("The Orsk coast guard sent three patrol boats to the northern strait to search for "
          "the missing trawler.")


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Harbours", [DIVERS, GUILD, PATROL, STRIKES, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    # a purpose the sentence never gives, its words ("reef") found elsewhere in it
    "The Velden harbour board hired two divers in 2017 in order to chart the reef.",
    "The Velden harbour board hired two divers in 2017 in order to repair the channel markers.",
    # a means the sentence never gives
    "The Tarrow weavers' guild won the city contract in 2020 by bribing the city council.",
    # another purpose than the sentence's
    "The Orsk coast guard sent three patrol boats to the northern strait to chase smugglers.",
])
def test_an_added_purpose_or_means_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The Velden harbour board hired two divers in 2017.",
    # the sentence's own means, and its purpose reworded
    "The Tarrow weavers' guild won the city contract in 2020 by lowering its prices.",
    "The Orsk coast guard sent three patrol boats to the northern strait to look for the "
    "missing trawler.",
    # "by" after a passive participle opens its agent, no means
    "Two dock strikes, in 2031 and 2032, were followed by mounting obstruction of the harbour "
    "board's work.",
])
def test_a_stated_purpose_or_means_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"
