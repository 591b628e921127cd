"""A claim told in the voice of the text it was read in ("The field memo says that P", "P,
the commentary reports.", "In May, the briefing note recalls, P", "As the memo recounts,
P") is read as P alone when the whole claim finds nothing, and supported when a sentence
states every fact of P (`qa.claims.document_voice`, `check.document_read`). A frame that
doubts, denies or only argues, one in the past, and one that names its source are read as
written. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.document_voice import document_frame, voiced_by_speaker
from tests.conftest import HARBOUR_WORKS_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(tmp_path_factory, *HARBOUR_WORKS_NEWS)


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The briefing note says that the Orsk harbour council closed the northern pier in "
    "March 2030 after the storm damaged its pilings.",
    "The Orsk harbour council closed the northern pier in March 2030 after the storm "
    "damaged its pilings, the commentary reports.",
    "In March 2030, the meeting memo recalls, the Orsk harbour council closed the northern "
    "pier after the storm damaged its pilings.",
    "As the chronicle recounts, the Orsk harbour council closed the northern pier in March "
    "2030 after the storm damaged its pilings.",
    "The dispatch notes that the Vellmar ferry authority raised its fleet to 14 vessels in "
    "2029, after two winters of delays.",
])
def test_a_clause_the_text_states_in_its_own_voice_is_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # a frame that doubts or denies its clause, or only argues it
    "The briefing note disputes that the Orsk harbour council closed the northern pier in "
    "March 2030 after the storm damaged its pilings.",
    "The briefing note denies that the Orsk harbour council closed the northern pier in "
    "March 2030 after the storm damaged its pilings.",
    "The commentary argues that the Orsk harbour council closed the northern pier in March "
    "2030 after the storm damaged its pilings.",
    # a fact of the clause no sentence states
    "The briefing note says that the Orsk harbour council closed the northern pier in March "
    "2030 after a fire gutted its warehouse.",
    # the clause told another way: the frame is read, the claim stays as it was
    "The commentary reports that the Orsk harbour council closed the northern pier in March "
    "2031 after the storm damaged its pilings.",
])
def test_no_support_from_a_doubting_frame_or_an_unstated_fact(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim, clause", [
    ("The field memo says that the pier closed in March.", "The pier closed in March."),
    ("The authors note that the pier closed.", "The pier closed."),
    ("This memo reminds us that the pier closed.", "The pier closed."),
    ("The pier closed in March, the commentary reports.", "The pier closed in March."),
    ("The pier closed, field memo says.", "The pier closed."),
    ("In May, the brief recalls, the pier closed.", "In May the pier closed."),
    ("As the chronicle recounts, the pier closed.", "The pier closed."),
    ("According to the memo, the pier closed.", "The pier closed."),
    ("Per workshop note, the pier closed.", "The pier closed."),
    ("The pier closed, according to the meeting memo.", "The pier closed."),
])
def test_frames_of_a_text_read(claim, clause):
    frame = document_frame(claim)
    assert frame is not None and frame.clause == clause and frame.voice == "document"


@pytest.mark.parametrize("claim", [
    "The memo denies that the pier closed.",  # denies: read as written
    "The commentary argues that the pier closed.",  # puts it forward only
    "The review concluded that the pier closed.",  # a past: an event of the story
    "The memo said the pier closed.",
    "The council says that the pier closed.",  # a party of the story, no text
    "The pier closed, the Keldar Institute memo says.",  # a name: read by `cited`
    "The memo recounts the closure of the pier.",  # an object, no clause
])
def test_frames_left_as_written(claim):
    assert document_frame(claim) is None, claim


def test_a_sentence_giving_the_fact_to_a_speaker():
    assert voiced_by_speaker("Officials said the pier closed in March.")
    assert voiced_by_speaker("According to fishers, the pier closed.")
    assert not voiced_by_speaker("The notes of the council show the pier closed.")
    assert not voiced_by_speaker("The pier closed in March.")
