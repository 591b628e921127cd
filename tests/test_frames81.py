"""A speaker's frame around a claim's clause ("Our delegation recalls that P", "A senior
official said P", "Recalling that P, ...", "P, officials said, Q") is read as the clause alone
only when the whole claim finds nothing (`qa.claims.reported_clause`, `check.clause_read`):
the clause's contradiction is taken, its support only in the claim's own voice with a verb
that asserts it. A third party's saying, a doubting verb and a party of the story stay as
they were. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.reported_clause import (Frame, given_to_another, own_assertion,
                                       reported_clause, told_by_speaker)
from tests.conftest import HARBOUR_WORKS_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(tmp_path_factory, *HARBOUR_WORKS_NEWS)


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "A deputy director of the regional transit agency told reporters that the Vellmar "
    "ferry authority raised its fleet to 17 vessels in 2029.",
    "The Vellmar ferry authority, several visiting inspectors from the coastal directorate "
    "said, raised its fleet to 17 vessels in 2029.",
    "Recalling that the Vellmar ferry authority raised its fleet to 11 vessels in 2029, the "
    "delegation welcomed the new timetable.",
])
def test_a_framed_clause_the_sources_contradict_is_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    "My government reiterates that the Vellmar ferry authority raised its fleet to 14 "
    "vessels in 2029.",
    "Our national delegation to the coastal conference wishes to recall once again that the "
    "Vellmar ferry authority raised its fleet to 14 vessels in 2029.",
])
def test_a_clause_asserted_in_the_claims_own_voice_is_supported(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "supported"
    assert result.attribution is not None and result.attribution.frame in claim


@pytest.mark.parametrize("claim", [
    # a main clause after the participle's clause is a fact nobody checked
    "Recalling that the Vellmar ferry authority raised its fleet to 14 vessels in 2029, the "
    "delegation welcomed the new timetable.",
    # someone else's claim, and a frame that doubts its clause
    "My opponent claims that Orsk's harbour council closed the northern pier in March 2030.",
    "Our delegation doubts that the Orsk harbour council closed the northern pier in March "
    "2030.",
])
def test_no_support_where_the_frame_is_a_fact_or_a_doubt(harbour, claim):
    assert verdict(harbour, claim) != "supported"


def test_frames_read_and_frames_left():
    frame = reported_clause("Our delegation recalls that Orsk's pier closed in March 2030.")
    assert frame.clause == "Orsk's pier closed in March 2030." and frame.voice == "own"
    frame = reported_clause("The pier closed in March 2030, a senior port official said.")
    assert frame.clause == "The pier closed in March 2030." and frame.voice == "other"
    # a party of the story, a name, a denial: no frame
    for claim in ("Norwegian officials said the pier closed in March 2030.",
                  "The council said the pier closed in March 2030.",
                  "Halvorsen said the pier closed in March 2030.",
                  "Port officials did not say that the pier closed in March 2030."):
        assert reported_clause(claim) is None, claim


def test_own_voice_needs_a_group_and_an_asserting_verb():
    assert own_assertion(Frame("My government reiterates that", "My government", "P", "own"))
    assert not reported_clause("My colleague notes that the pier closed in March "
                               "2030.").voice == "own"
    assert not own_assertion(Frame("Our delegation suspects that", "Our delegation", "P",
                                   "own"))


def test_the_speakers_words_in_the_evidence():
    terms = lambda text: [w.lower() for w in text.split()]  # noqa: E731
    pilots = frozenset({"pilots"})
    # a passage that names the speaker may tell what the speaker said
    assert told_by_speaker("The pilots insisted the pier had reopened", pilots, terms)
    # a sentence that gives the clause to someone else, not to an agentless passive
    assert given_to_another("The pier had reopened, the wardens said.", pilots, terms)
    assert not given_to_another("It was noted that Orsk's pier had reopened.", pilots, terms)
