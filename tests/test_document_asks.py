"""A claim told in an unnamed text's voice (`qa.claims.document_voice`) is read as its clause
only when the text tells that clause: a text that asks for it, by its verb ("recommends",
"urges") or by a mandative clause ("insists that the board hire"), tells no deed done, so
the sentence that tells the deed does not support the claim. Invented text."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the harbour board hired ten new pilots for the northern quays.",
        "In June 2031 the Orsk harbour council demanded that the northern pier be sold.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    "The memo insists that the harbour board hire ten new pilots for the northern quays.",
    "The report requires that the harbour board hire ten new pilots for the northern quays.",
    "The note recommends that the harbour board hires ten new pilots for the northern quays.",
])
def test_a_text_asking_for_the_deed_does_not_tell_it(harbour, claim):
    assert check(harbour, claim).verdict.value != "supported"


@pytest.mark.parametrize("claim", [
    "The memo says that the harbour board hired ten new pilots for the northern quays.",
    "The harbour board hired ten new pilots for the northern quays, the note recalls.",
    # the clause's own asking is its fact, which the text tells
    "The memo says that the Orsk harbour council demanded that the northern pier be sold.",
])
def test_a_text_telling_the_deed_is_read_as_its_clause(harbour, claim):
    assert check(harbour, claim).verdict.value == "supported"
