"""False claims left not_found (round 77, branch contra84): a claim's "few" against a
sentence's "many" or "most" of the same group. Invented texts.

`quantifiers.reversed_quantity` read the many of a claim against a sentence's few ("widely
spoken" / "relatively few people speak"), not the other way round: "few dock crews reported
delays" by "many dock crews have reported delays" was left not_found. The claim's "few" (or
"a handful", "a minority") now reverses the sentence's "many" or "most" when each speaks of
what the other quantifies and both predicates are denied alike (`few_against_many`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Interviews with pilots and deckhands indicated that many dock crews at Velm have "
        "reported delays caused by the new tide gates.",
        "For their part, most Orsk ferry operators view their levy payments to the harbour "
        "board as an investment in safer moorings.",
        "Many Tarvik fishing cooperatives did not renew their winter permits in 2031.",
        "While most harbour pilots were stationed in Velm, smugglers spread along the "
        "northern coves.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Few dock crews at Velm reported delays caused by the new tide gates.",
    "Only a handful of Orsk ferry operators view their levy payments to the harbour board "
    "as an investment in safer moorings.",
])
def test_few_against_many_contradicts(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # the same state told from the other side: few renewed, as many did not
    "Few Tarvik fishing cooperatives renewed their winter permits in 2031.",
    # "few" of another group than the sentence's "most" (officers, not pilots)
    "Few customs officers were stationed in Velm.",
    # "a few" is some, not few: no reversal of "many"
    "A few dock crews at Velm reported delays caused by the new tide gates.",
])
def test_few_of_another_or_dual_is_no_contradiction(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    "Many dock crews at Velm reported delays caused by the new tide gates.",
    "Most Orsk ferry operators view their levy payments to the harbour board as an "
    "investment in safer moorings.",
])
def test_the_many_stated_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"
