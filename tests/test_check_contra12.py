"""Contradictions the checker missed for a reason of grammar. A claim's adjunct "without"
("travelled without escorts") denies a noun of its own, not the claim's clause, so a sentence
denying the claim's verb ("had no power", "had not trained") is a plain denial of what the
claim affirms (`qa.claims.compare.clause_denied`). The claims are about a small corpus
written here."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

HARBOUR = [
    "Alone, the river authority has no power to close the eastern harbour to cargo ships.",
    "Many ferry companies had not trained their crews for winter storms on the northern strait.",
    "The pilots guided the tankers into the western basin without tugboats in 2018.",
]


@pytest.mark.parametrize("claim, verdict", [
    ("The river authority had the power to close the eastern harbour to cargo ships "
     "without a court order.", "contradicted"),
    ("Without exception, ferry companies had trained their crews for winter storms on the "
     "northern strait.", "contradicted"),
    # both deny, each its own noun: no conflict
    ("Without a court order, the river authority has no power to close the eastern harbour "
     "to cargo ships.", "supported"),
    ("The pilots guided the tankers into the western basin without tugboats in 2018.",
     "supported"),
])
def test_adjunct_without_is_no_denial_of_the_clause(tmp_path, claim, verdict):
    result = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)(claim)
    assert result["verdict"] == verdict
