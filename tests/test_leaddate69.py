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


# a name in every paragraph is the corpus's setting, stated by every sentence; "lost" is
# common there, so a sentence sharing the setting and one modifier reached a contradiction's rest
@pytest.fixture(scope="module")
def line(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "DUNLINE ran the packet boats to the northern isles for a decade. Several operators "
        "of the fleet, among them the cod smokers and the rope makers, arrived with "
        "rot-resistant hulls and sail lofts.",
        "DUNLINE opened a second quay in Brenna in 2019, when the river broke its banks twice.",
        "In June 2021, DUNLINE and the net makers of Ostvik opened a shop by the fish market.",
        "The salt traders lost two barges in the storm of 2018, DUNLINE reported.",
        "Ostvik lost its ferry office when DUNLINE moved the ticket desk inland.",
        "The rope makers lost their lease on the old quay, and DUNLINE took it over.",
        "Brenna's council lost a vote on harbour dues that DUNLINE had opposed.",
        "DUNLINE's crews lost three weeks of sailings to fog in the winter.")


@pytest.mark.parametrize("claim", ["DUNLINE lost hull and sail support.",
                                   "DUNLINE lost sail support."])
def test_a_short_claim_is_not_contradicted_by_another_deed(line, claim):
    result = check(line, claim)
    assert result.verdict != "contradicted"
    assert not any(e.stance == "contradicts" for e in result.evidence)


def test_the_deeds_own_verb_reversed_still_contradicts(line):
    # near miss: the verb itself reversed, told of the same lease, is no support
    assert check(line, "The rope makers won their lease on the old quay.").verdict \
        == "contradicted"
