"""The assertive frames of formal and legal register ("It is established that ...", "The
record shows that ..."): they assert their clause and add no fact (`qa.claims.frames`). Left
in, the frame's words weighed as claim words no sentence states, and its "It" hid the
clause's subject: "It is established that the Harbour Board requested the closure" was
supported by a sentence giving the request to another actor. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.frames import unframed
from tests.conftest import port_report


@pytest.mark.parametrize("framed, fact", [
    ("It is established that the pier closed in 2021.", "The pier closed in 2021."),
    ("It is undisputed that the pier closed in 2021.", "The pier closed in 2021."),
    ("It has been established that the pier closed in 2021.", "The pier closed in 2021."),
    ("The record shows that the pier closed in 2021.", "The pier closed in 2021."),
    ("The evidence shows that the pier closed in 2021.", "The pier closed in 2021."),
])
def test_an_assertive_frame_is_taken_off(framed, fact):
    assert unframed(framed) == fact


@pytest.mark.parametrize("claim", [
    "It is not established that the pier closed in 2021.",
    "It is alleged that the pier closed in 2021.",
    "It is claimed that the pier closed in 2021.",
])
def test_a_denied_or_hearsay_frame_stays(claim):
    assert unframed(claim) == claim


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 3 May 2021 the Norland Ferry Company requested the closure of the north pier.")


def test_the_framed_clause_is_checked_as_the_fact(harbour):
    assert check(harbour, "It is established that the Norland Ferry Company requested the "
                          "closure of the north pier.").verdict == "supported"
    assert check(harbour, "It is established that the Harbour Board requested the closure of "
                          "the north pier on 3 May 2021.").verdict != "supported"
