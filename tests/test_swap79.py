"""Two events of one statement swapped in order. Invented sentences.

"X, and two weeks later Y" puts Y after X as "Two weeks later, Y" does; read as an adverb
after its event, it ordered nothing, and a sentence telling Y first supported the claim. The
claim's "later" also met a sentence's "earlier" that only measures a gap ("a petition three
weeks earlier") as an antonym, and the true order was contradicted.
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board's vote in May to close the quay came after a petition from the "
        "dockers' union three weeks earlier asking for its closure.",
        "The town council's decision in April to sell the old ferry followed a request from "
        "the shipping guild two weeks prior asking for the sale.")


def test_span_before_a_clause_opening_adverb_orders_the_clause(ferries):
    # the vote told first, "three weeks later" the petition: the reverse of the sentence
    verdict = check(ferries, "The harbour board voted in May to close the quay, and three "
                             "weeks later the dockers' union petitioned for its closure.").verdict
    assert verdict == "contradicted"


def test_span_before_the_adverb_in_the_sentence_order_is_supported(ferries):
    verdict = check(ferries, "The dockers' union petitioned for the quay's closure, and three "
                             "weeks later the harbour board voted in May to close it.").verdict
    assert verdict == "supported"


def test_swapped_order_against_a_gap_measured_by_prior_is_contradicted(ferries):
    # before: "two weeks later" ordered nothing, and the sentence's words supported the claim
    verdict = check(ferries, "The town council decided in April to sell the old ferry, and two "
                             "weeks later the shipping guild requested the sale.").verdict
    assert verdict == "contradicted"


def test_order_of_the_sentence_with_a_span_before_later_stays_supported(ferries):
    verdict = check(ferries, "The shipping guild requested the sale of the old ferry, and two "
                             "weeks later the town council decided in April to sell it.").verdict
    assert verdict == "supported"
