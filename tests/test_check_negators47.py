"""A negation written as "never" is the negation "not" is: a fact of the claim compared as
such, not a word a sentence must repeat (`check.claim_weights`, `facts.NEGATORS`). Weighed
as a rare word, "never endorsed" was not stated by "did not endorse": a true claim of two
clauses lost its second (not_found 0.19). Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The board discussed the mayor's proposal to close the ferry terminal but did not "
        "approve it.",
        "The ministry has not published the audit of the dredging contract.",
        "The harbour master approved the new berth for cruise ships in 2019.")


@pytest.mark.parametrize("claim", [
    "The board discussed the mayor's proposal to close the ferry terminal but never approved it.",
    "The board never approved the mayor's proposal to close the ferry terminal.",
    "The ministry never published the audit of the dredging contract.",
])
def test_never_is_stated_by_not(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "supported" and "never" not in result.unverified


def test_never_against_an_affirmation_is_still_a_conflict(harbour):
    assert check(harbour, "The harbour master never approved the new berth for cruise "
                          "ships.").verdict == "contradicted"
