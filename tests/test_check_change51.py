"""Round 51, change51: a quantity's change against its standstill where the stasis table
(`wordnet.hypernym_antonyms`) has no row for the verb ("wages climbed" / "wages remained
flat", "levels went up" / "levels have since remained unchanged") or the standstill is said
without "remain" ("stagnated", "held steady": `qa.claims.magnitude_stasis`), and "go up" /
"go down" as phrasal verbs of change ("fares fell" / "fares went up by 12 percent")."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Dock wages in Ruvala stagnated in 2021 as the ferry trade slowed.",
        "Mooring fees at the north pier held steady at 40 dollars in 2022.",
        "Harbour pilot numbers were boosted in 2018 and have since remained unchanged.",
        "Ferry fares to Lesk went up by 12 percent in 2020.",
        "The survey ship Tarn went down off Cape Dorva in 1954.",
        "The Tarn remained in the harbour at Lesk through 1953.",
        "Cargo volumes at the south pier climbed in 2019 and have held steady since.")


@pytest.mark.parametrize("claim", [
    "Dock wages in Ruvala climbed in 2021.",
    "Dock wages in Ruvala rose in 2021.",
    "Mooring fees at the north pier went up in 2022.",
    "Mooring fees at the north pier soared in 2022.",
    "Mooring fees at the north pier fell in 2022.",
    "Ferry fares to Lesk fell in 2020.",
])
def test_a_change_against_a_standstill_or_the_other_way_contradicts(market, claim):
    result = check(market, claim)
    assert result.verdict == "contradicted"
    assert result.evidence[0].conflicts[0].kind == "relation"


@pytest.mark.parametrize("claim", [
    "Dock wages in Ruvala stagnated in 2021.",
    "Mooring fees at the north pier remained at 40 dollars in 2022.",
    "Ferry fares to Lesk rose by 12 percent in 2020.",
    "Ferry fares to Lesk went up in 2020.",
    # a ship stays in a harbour, no figure stands still: "went down" is not opposed
    "The survey ship Tarn went down off Cape Dorva in 1954.",
    # the sentence tells the change and the standstill after it: two times, both true
    "Cargo volumes at the south pier rose in 2019.",
    "Cargo volumes at the south pier have held steady since 2019.",
])
def test_a_true_change_or_standstill_is_not_contradicted(market, claim):
    assert check(market, claim).verdict == "supported"
