"""Two parts of one statement swapped: the fillers of two parallel slots, or the order of two
events. Invented sentences.

A writer keeps every word and trades the partners of two parts: the roles of two bodies
("with Bergen as the owner and Oslo as the operator" told as "Oslo as owner, Bergen as
operator"), the values of two months ("12 °C in March and 3 °C in October" told as "3 °C in
March and 12 °C in October"). Coverage supported the swap; `crossed_pairs` withholds support
where two parts of the claim are each bound to the other's partner. The order: "X, and two
weeks later Y" puts Y after X as "Two weeks later, Y" does; read as an adverb after its
event, it ordered nothing, and a sentence telling Y first supported the claim.
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2029 the fjord ferry line was relaunched under a new charter, with Bergen as the "
        "owner and the Hordaland county council as the operator.",
        "At the Skarvik quay the water averages about 12 °C in March and in October about "
        "3 °C (37 °F), according to the harbour log.",
        "The harbour board's vote in May to close the quay came after a petition from the "
        "dockers' union three weeks earlier asking for its closure.")


@pytest.mark.parametrize("claim", [
    "Under the 2029 charter, Bergen was the operator of the fjord ferry line and the Hordaland "
    "county council its owner.",
    "The fjord ferry line had the Hordaland county council as owner and Bergen as operator.",
    "At the Skarvik quay the water averages about 3 °C in March and about 12 °C in October.",
])
def test_crossed_parts_are_not_supported(ferries, claim):
    assert check(ferries, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The fjord ferry line was relaunched in 2029 with Bergen as owner and the Hordaland county "
    "council as operator.",
    "At the Skarvik quay the water averages about 12 °C in March and about 3 °C in October.",
])
def test_parts_with_their_own_partners_stay_supported(ferries, claim):
    assert check(ferries, claim).verdict == "supported"


def test_span_before_a_clause_opening_adverb_orders_the_clause(ferries):
    # the vote told first, "three weeks later" the petition: the reverse of the sentence
    verdict = check(ferries, "The harbour board voted in May to close the quay, and three "
                             "weeks later the dockers' union petitioned for its closure.").verdict
    assert verdict == "contradicted"


def test_span_before_the_adverb_in_the_sentence_order_is_supported(ferries):
    verdict = check(ferries, "The dockers' union petitioned for the quay's closure, and three "
                             "weeks later the harbour board voted in May to close it.").verdict
    assert verdict == "supported"
