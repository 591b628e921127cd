"""Claims wrapped in words that carry no fact (`qa.claims.frames`): the checker reads the fact
they frame; a frame that names a source, hedges, or negates stays part of the claim."""
import pytest

from qa.claims.check import check
from qa.claims.frames import asks, denied_clause, unframed
from tests.conftest import port_report

BARE = "The harbour board closed the northern pier in March 2019."


@pytest.mark.parametrize("claim", [
    "Frankly, the harbour board closed the northern pier in March 2019.",
    "Make no mistake: the harbour board closed the northern pier in March 2019.",
    "Let's be clear \u2014 the harbour board closed the northern pier in March 2019.",
    "Let\u2019s be clear: the harbour board closed the northern pier in March 2019.",
    "The fact is that the harbour board closed the northern pier in March 2019.",
    "The truth is, the harbour board closed the northern pier in March 2019.",
    "I can tell you that the harbour board closed the northern pier in March 2019.",
    "As we all know, the harbour board closed the northern pier in March 2019.",
    "Look, frankly, the harbour board closed the northern pier in March 2019.",
    "The harbour board closed the northern pier in March 2019, of course.",
    "The harbour board, make no mistake, closed the northern pier in March 2019.",
    "According to reports, the harbour board closed the northern pier in March 2019.",
    "According to the annual report, the harbour board closed the northern pier in March 2019.",
    "Reports say the harbour board closed the northern pier in March 2019.",
    "Local media reports say that the harbour board closed the northern pier in March 2019.",
    "The harbour board closed the northern pier in March 2019, sources say.",
    "It was noted that the harbour board closed the northern pier in March 2019.",
    "It has been reported that the harbour board closed the northern pier in March 2019.",
    "The harbour board reportedly closed the northern pier in March 2019.",
])
def test_a_frame_without_a_fact_is_read_as_the_fact(claim):
    assert unframed(claim) == BARE


@pytest.mark.parametrize("claim, fact", [
    ("The harbour board is said to have closed the pier.", "The harbour board has closed the pier."),
    ("The harbour board was said to have closed the pier.", "The harbour board had closed the pier."),
    ("The pier was said to be unsafe.", "The pier was unsafe."),
    ("The closure was described as necessary.", "The closure was necessary."),
    ("The closure is described as having cost jobs.", "The closure has cost jobs."),
])
def test_a_passive_report_is_read_as_its_fact(claim, fact):
    assert unframed(claim) == fact


@pytest.mark.parametrize("claim", [
    # a named source is a fact to check
    "According to the harbour board, the pier was unsafe.",
    "According to Lloyd's reports, the pier was unsafe.",
    "Danish sources say the pier was unsafe.",
    "The port authority said that the pier was unsafe.",
    "The pier was described by engineers as unsafe.",
    # hedges, modals and negation change what is asserted
    "The pier may have been unsafe.",
    "The pier is expected to close in May.",
    "It is not true that the pier was unsafe.",
    "I think the pier was unsafe.",
    # words that open a clause of the fact itself
    "So far, the board has closed two piers.",
    "Well over 300 boats used the pier.",
    "Clearly marked lanes guide boats to the pier.",
    "Reports of damage reached the board in May.",
    # a frame alone is no claim
    "Of course.",
])
def test_a_named_hedged_or_negated_frame_stays(claim):
    assert unframed(claim) == claim


@pytest.mark.parametrize("claim, denied", [
    ("It is not true that the pier was unsafe.", ("It is not true", "The pier was unsafe.")),
    ("It\u2019s false that the pier was unsafe.", ("It\u2019s false", "The pier was unsafe.")),
    ("It is true that the pier was unsafe.", None),
    ("The mayor said it is not true that the pier was unsafe.", None),  # a named source
    ("It is not true that.", None),
])
def test_a_denying_frame_and_its_clause(claim, denied):
    assert denied_clause(claim) == denied


@pytest.mark.parametrize("sentence, question", [
    ("Why is the pier closing?", True),
    ('"Rough water: why is the pier closing?".', True),
    ("The board asked why the pier was closing.", False),
    ("The pier closed in May.", False),
])
def test_a_question_states_nothing(sentence, question):
    assert asks(sentence) is question


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board closed the northern pier in March 2019 after a storm damaged it.",
        "Fishing crews moved their boats to the southern quay, which the city had rebuilt in "
        "2015.",
        "Is the southern quay large enough for the whole fleet?")


@pytest.mark.parametrize("claim, verdict", [
    ("Make no mistake, the harbour board closed the northern pier in March 2019.", "supported"),
    ("Let's be clear: the harbour board closed the northern pier in March 2019.", "supported"),
    ("To be honest, the harbour board closed the northern pier in March 2019.", "supported"),
    ("Make no mistake, the harbour board closed the northern pier in March 2017.",
     "contradicted"),
    ("Reports say the harbour board closed the northern pier in May 2019.", "contradicted"),
    # the frame that names a source is a fact no sentence states
    ("According to Mayor Tolo, the harbour board closed the northern pier in March 2019.",
     "not_found"),
    # "the mayor", whom no source speaks of, is as "the witness" of minutes: who said it is
    # no fact to check, what was said is (`check.spoken_clause`, round 59)
    ("According to the mayor, the harbour board closed the northern pier in March 2019.",
     "supported"),
    ("The harbour board closed the northern pier in March 2019, according to local fishermen.",
     "not_found"),
    # a source that is data or a text is not who said it
    ("According to the port's own figures, the harbour board closed the northern pier in "
     "March 2019.", "supported"),
    # a negated frame denies the fact: contradicted where the fact is stated; where one of
    # its facts is contradicted, the denial is not stated either (another date is no denial)
    ("It is not true that the harbour board closed the northern pier in March 2019.",
     "contradicted"),
    ("It's false that the harbour board closed the northern pier in March 2017.",
     "not_found"),
    ("It is not true that the harbour board sold the southern quay.", "not_found"),
    # a question asserts nothing
    ("The southern quay is large enough for the whole fleet.", "not_found"),
])
def test_framed_claims_are_checked_as_their_fact(harbour, claim, verdict):
    result = check(harbour, claim)
    assert result.verdict == verdict
    assert result.claim == claim  # the claim shown back is the one given
    if claim.startswith("It is not true") and verdict == "contradicted":
        conflict = result.evidence[0].conflicts[0]
        assert result.evidence[0].stance == "contradicts" and conflict.kind == "polarity"
        assert conflict.source.startswith("The harbour board closed")
