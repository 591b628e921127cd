"""An undivided part ("the chief duty", "the sole right") given another holder. Invented
sentences.

A writer swaps who holds the main part in a division of labour: "the chief duty to inspect
the ferries rests with the Velport Agency" where the passage gives that duty to a country's
government. A part qualified by an adjective that gives it one holder (WordNet's "chief" /
"main" / "primary" / "principal" and "sole" / "exclusive") has one holder, so the other holder
contradicts the claim (`sole_holder`); before, coverage supported the swapped claim written as
"X's chief duty", and left the "rests with X" wording not_found. Two holders are rivals only as
a state and a body of no state: two descriptions may be one body reworded.
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Under the 2031 harbour code the government of Chile has the chief duty to inspect "
        "passenger ferries in its coastal waters. The Velport Agency is only there to assist "
        "the inspectors with its patrol boats.",
        "The Velport Agency opened a second office in Valparaíso in 2030 and hired forty "
        "divers for salvage work.")


@pytest.mark.parametrize("claim", [
    "The chief duty to inspect ferries in Chile's waters lies with the Velport Agency.",
    "Inspecting passenger ferries in Chile's coastal waters is the Velport Agency's chief "
    "duty.",
    "The Velport Agency has the chief duty to inspect passenger ferries in Chile's coastal "
    "waters.",
])
def test_undivided_part_of_another_holder_is_contradicted(ferries, claim):
    assert check(ferries, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The Chilean government has the chief duty to inspect passenger ferries in its coastal "
    "waters.",
    "The chief duty to inspect ferries in Chile's waters rests with the Chilean state government.",
])
def test_the_holder_as_told_stays_supported(ferries, claim):
    assert check(ferries, claim).verdict == "supported"


def test_a_shared_duty_is_not_contradicted(ferries):
    # near miss: a duty with no undivided adjective may be shared with the government
    assert check(ferries, "The Velport Agency has a duty to inspect passenger ferries in "
                          "Chile's coastal waters.").verdict != "contradicted"


def test_another_chief_duty_stays_unsupported(ferries):
    # near miss: the chief duty of another deed, which the passage never gives anyone
    assert check(ferries, "The Velport Agency has the chief duty to train divers for salvage "
                          "work in Chile.").verdict == "not_found"


@pytest.fixture(scope="module")
def routes(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The night crossing to Ostrum remains the busiest ferry route of the Velport line, "
        "with 900 passengers on an ordinary evening.",
        "The morning boat to Kell is the least profitable service the line runs.")


@pytest.mark.parametrize("claim", [
    "The night crossing to Ostrum remains the least busy ferry route of the Velport line.",
    "The morning boat to Kell is the most profitable service the line runs.",
])
def test_superlative_at_the_other_end_is_contradicted(routes, claim):
    assert check(routes, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The night crossing to Ostrum remains the most busy ferry route of the Velport line.",
    "The morning boat to Kell is the least profitable service the line runs.",
])
def test_superlative_at_the_same_end_stays_supported(routes, claim):
    assert check(routes, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # near misses: the low end of a scale said of the other route, which the passage ranks
    # on another scale; the high end of a scale the passage never ranks the route on
    "The morning boat to Kell is the least busy service the line runs.",
    "The night crossing to Ostrum remains the most expensive ferry route of the Velport line.",
])
def test_another_superlative_is_not_contradicted(routes, claim):
    assert check(routes, claim).verdict != "contradicted"


@pytest.fixture(scope="module")
def grants(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Since 2028 the Velport Agency's budget has included technical and legal support to "
        "the Ostrum ferry guild, which runs the night crossing.")


def test_giver_and_receiver_of_a_noun_swapped_are_not_support(grants):
    # the sentence gives the support to the guild whatever its verb; the claim the reverse
    assert check(grants, "The Ostrum ferry guild provided technical and legal support to "
                         "the Velport Agency.").verdict != "supported"


def test_giver_and_receiver_as_told_stay_supported(grants):
    assert check(grants, "Since 2028 the Velport Agency has given technical and legal "
                         "support to the Ostrum ferry guild.").verdict == "supported"
