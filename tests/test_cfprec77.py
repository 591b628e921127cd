"""Real-world wrong supports (cfprec77): a claim that gives a scale's both poles is no place
for `opposite_nearer` to read (`qa.claims.opposite_nearer`, both poles). Sentences invented
here."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

KESTON = ("It has a mild maritime climate with cool to cold springs and hot, humid summers, "
          "and the harbour rarely freezes.")


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Keston", [KESTON, *OTHER_TOPICS])


def test_a_claim_with_both_poles_is_still_supported(check):
    # the sentence's "warm"-side word ("cold" / "hot") stands beside the claim's own other pole
    claim = "Keston has a mild maritime climate with cool springs and hot, humid summers."
    assert check(claim)["verdict"] == "supported"


def test_a_range_closed_by_an_antonym_still_supports(check):
    # "cool to cold": the antonym of "hot" closes a range the claim's "cool" opens
    claim = "Keston has a mild maritime climate with cool springs and hot summers."
    assert check(claim)["verdict"] == "supported"


ROOKS = ("Salt + water ⇌ brine. It is the fall in river levels that prompts the rooks to nest "
         "higher and earlier, leaving the lower banks empty.")


@pytest.fixture
def rooks(tmp_path):
    return checker(tmp_path, "Rooks", [ROOKS, *OTHER_TOPICS])


def test_an_it_cleft_cause_told_the_other_way_does_not_support(rooks):
    # the sentence's it-cleft makes the fall in river levels the doer; the claim makes it done
    claim = "Rooks nesting higher and earlier is what makes river levels fall."
    assert rooks(claim)["verdict"] != "supported"


def test_the_it_cleft_cause_told_its_way_still_supports(rooks):
    claim = "A fall in river levels is what prompts the rooks to nest higher and earlier."
    assert rooks(claim)["verdict"] == "supported"
