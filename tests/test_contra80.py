"""A claim that turns the source's loss into a gain ("the pilots' guild obtained new tugs" /
"the guild lost its tugs") is not supported, and is contradicted where the rest of the claim
is stated: WordNet files "obtain", "receive", "procure", "secure" as kinds of "get" and
"lose" as ceasing to have, with no antonym pointer between them
(`qa/search/data/wordnet_possession.txt`, `opposite_in_place.one_link_opposites`). The loss
said the source's way stays supported, and a gain of something the source never mentions
stays unsupported. Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report

LOSS = ("After several Danish skippers and the Dutch salvage fleet had departed, the "
        "pilots' guild lost its towing and dredging capacity, leaving the quays exposed to "
        "winter storms.")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory, LOSS,
        "The Ostvik breakwater was rebuilt in 2031 after the winter storms.",
        "The pilots' guild charges a fee for every tanker it brings into the inner basin.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


def test_verbs_of_getting_are_opposed_to_losing():
    from qa.search.wordnet import possession_opposites  # new in this change
    for verb in ("obtained", "received", "procure", "secured", "acquired", "gains"):
        assert "lose" in possession_opposites(verb), verb
    assert {"obtain", "receive"} <= possession_opposites("lost")
    # a getting back follows a loss, it does not reverse it; "take" and "get" mean too much
    for verb in ("regained", "recovered", "reclaim", "take", "get", "find"):
        assert "lose" not in possession_opposites(verb), verb


@pytest.mark.parametrize("claim", [
    "The pilots' guild obtained towing and dredging capacity when the Danish skippers left.",
    "After the salvage fleet left, the pilots' guild received more towing and dredging "
    "capacity.",
    "The departure of the salvage fleet let the pilots' guild procure towing and dredging "
    "capacity.",
])
def test_a_gain_against_the_sources_loss_is_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_the_loss_told_the_sources_way_stays_supported(harbour):
    assert verdict(harbour, "The pilots' guild lost its towing and dredging capacity when the "
                            "Danish skippers left.") == "supported"


def test_a_gain_of_something_the_source_never_mentions_is_not_supported(harbour):
    # near miss: a getting verb, but of nothing the sentence says was lost
    assert verdict(harbour, "The pilots' guild obtained two icebreakers from a Finnish "
                            "shipyard in 2030.") != "supported"
