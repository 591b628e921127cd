"""Every date of a claim is a fact to verify, the date of an opening "After ..." clause too
(`qa.claims.date_bounds`); a reversed object word in a sentence that tells none of the claim's
deed is no contradiction (`qa.claims.predicate_unshared`). The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "After the gale of October 2027, the Kessel pilot office took on thirty new pilots "
        "and ordered three launches. The office had been founded in 2024 by the county.",
        "Several operators, among them the cod smokers and the rope makers, arrived with "
        "salt-resistant lorries and cold stores. With the exit of the rope makers, the Dunmore "
        "packet company lost freight and mail income, leaving the company deeper in debt.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    # the opening clause's year or month given otherwise: the gale's date is not stated
    "After the gale in October 2025, the Kessel pilot office took on thirty new pilots.",
    "After the gale in March 2027, the Kessel pilot office took on thirty new pilots.",
])
def test_an_opening_clauses_date_changed_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_an_opening_clauses_other_date_against_the_same_clause_contradicts(harbour):
    claim = "After the gale in October 2025, the Kessel pilot office took on thirty new pilots."
    assert check(harbour, claim).verdict == "contradicted"


def test_an_opening_clauses_own_date_still_supports(harbour):
    claim = "After the gale in October 2027, the Kessel pilot office took on thirty new pilots."
    assert check(harbour, claim).verdict == "supported"


def test_a_short_true_claim_is_not_contradicted_by_another_deed(harbour):
    result = check(harbour, "The Dunmore packet company lost freight and mail income.")
    assert result.verdict == "supported"
    assert not any(e.stance == "contradicts" for e in result.evidence)


def test_the_short_claims_deed_reversed_stays_unsupported(harbour):
    # near miss: the company's own deed the other way round
    assert check(harbour, "The Dunmore packet company gained freight and mail income.").verdict \
        != "supported"
