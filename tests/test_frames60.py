"""A reporting frame whose speaker has no name ("The harbour master said that X", "According
to a ferry captain, X", "X, officials said."): the frame tells who passed X on, not what
happened, so X is checked alone (`attribution.unnamed_speaker_removed`, called by
`frames.unframed`). A named speaker, a negated frame and a verb that leaves its clause
unasserted (a denial, a directive, a guess) keep the frame. Invented sentences."""
import pytest

from qa.claims.attribution import unnamed_speaker_removed
from qa.claims.check import check
from qa.claims.frames import unframed
from tests.conftest import port_report

CLAUSE = "the Kelvik ferry carried 4,210 passengers in March 2019."
FACT = "The Kelvik ferry carried 4,210 passengers in March 2019."


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Kelvik ferry carried 4,210 passengers in March 2019, the busiest month of its "
        "first season.",
        "In 2020, the Ostvik harbour board closed the north pier to cargo ships after a "
        "storm damaged its cranes.")


@pytest.mark.parametrize("frame", [
    "The harbour master said that ", "The harbour master said ", "A ferry captain told the "
    "guild that ", "Officials say ", "She recounted that ", "Delegates were told that ",
    "According to a ferry captain, ", "The harbour master reminds us that ", "Per the pilots, ",
])
def test_unnamed_speaker_frame_taken_off(frame):
    assert unframed(frame + CLAUSE) == FACT


def test_closing_frame_taken_off():
    assert unframed("The Kelvik ferry carried 4,210 passengers in March 2019, according to a "
                    "ferry captain.") == FACT


@pytest.mark.parametrize("claim", [
    # a named speaker is a fact of the claim
    "The Velden guild said that " + CLAUSE,
    "According to Norvik Radio, " + CLAUSE,
    "The Kelvik ferry carried 4,210 passengers in March 2019, the NPA said.",
    "Velden officials said that " + CLAUSE,  # a capitalised first word may be a name
    # a text is `unattributed`'s; a closing "X, officials said" may close a headline
    "The brief reports that " + CLAUSE,
    "The Kelvik ferry carried 4,210 passengers in March 2019, the harbour master said.",
    # negated, denying, doubting, directive: the clause is not passed on as asserted
    "The harbour master did not say that " + CLAUSE,
    "The harbour master denied that " + CLAUSE,
    "The harbour master disputed that " + CLAUSE,
    "The harbour master never said that " + CLAUSE,
    "The harbour master recommended that the Kelvik ferry carry more passengers in March.",
    "The harbour master asked whether " + CLAUSE,
    "The harbour master retracted the claim that " + CLAUSE,
    # the clause's pronoun may stand for the speaker
    "The harbour board said it would close the north pier to cargo ships in 2020.",
    # no clause after the verb
    "The harbour master said nothing about the ferry carrying passengers in March 2019.",
])
def test_frame_kept(claim):
    assert unnamed_speaker_removed(claim) == claim


@pytest.mark.parametrize("claim", [
    "The harbour master said that " + CLAUSE,
    "According to a ferry captain, " + CLAUSE,
    "The Kelvik ferry carried 4,210 passengers in March 2019, according to local officials.",
])
def test_framed_fact_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the complement's own conflict is still found
    "The harbour master said that the Kelvik ferry carried 4,210 passengers in March 2017.",
    "According to a ferry captain, the Kelvik ferry carried 4,210 passengers in March 2017.",
])
def test_framed_conflict_contradicted(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The harbour master denied that " + CLAUSE,
    "The harbour master did not say that " + CLAUSE,
])
def test_denied_frame_never_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"
