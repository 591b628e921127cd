"""Round 64 (branch polar67): a claim's word of evaluation against the sentence's word of the other
polarity in its place, linked by no WordNet antonym ("cordial" / "challenging", "pleased" /
"unhappy", "coldest" / "warmest"), is no support (`qa.claims.evaluation_turned`)."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Despite challenging relations with the river council, the ferry guild kept a central "
        "place in the trade of Lake Orvan.",
        "The guild of weavers in Tallowmere is unhappy with the council's supposedly "
        "narrow grant rules for dye workshops.",
        "The summer of 1987 was the warmest in the recorded history of Port Vessel.")


@pytest.mark.parametrize("claim", [
    "Despite cordial relations with the river council, the ferry guild kept a central place "
    "in the trade of Lake Orvan.",
    "The guild of weavers in Tallowmere is pleased with the council's supposedly narrow "
    "grant rules for dye workshops.",
    "The summer of 1987 was the coldest in the recorded history of Port Vessel.",
])
def test_an_evaluation_of_the_other_polarity_in_place_is_not_support(harbour, claim):
    assert check(harbour, claim).verdict.value != "supported"


@pytest.mark.parametrize("claim", [
    "The guild of weavers in Tallowmere is dissatisfied with the council's supposedly "
    "narrow grant rules for dye workshops.",
    "The summer of 1987 was the warmest in the recorded history of Port Vessel.",
])
def test_an_evaluation_of_the_same_polarity_still_supports(harbour, claim):
    assert check(harbour, claim).verdict.value == "supported"


def test_an_unstated_evaluation_stays_unsupported(harbour):
    # the same words of evaluation about another season: neither stated nor reversed
    claim = "The winter of 1987 was the coldest in the recorded history of Port Vessel."
    assert check(harbour, claim).verdict.value != "supported"
