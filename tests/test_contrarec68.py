"""Contradicted claims called not_found (round 65, contrarec68): a claim whose leading "When /
After / Once A," the sources give otherwise, in a sentence that also states at least half the
words of the clause after it, takes for granted a fact that is false in its own event, and is
contradicted (`qa.claims.contradicted_part.told_around`), though the rest of the claim is
too loosely stated for the whole claim's reading to contradict it. A leading clause whose
conflicting sentence tells nothing of the main clause stays no assertion of its own. The
texts are invented here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report

TERMINAL = ("the harbour board authorized the Skarvik ferry terminal in {}, it instructed the "
            "operator to carry passengers under imminent threat of storm damage, as the first "
            "terminal of its kind on the western coast.")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "When the harbour board authorized the opening of the Skarvik ferry terminal in August "
        "2017, it instructed the operator to “carry, without prejudice to the duties of the "
        "harbour master, passengers under imminent threat of storm damage, within its capacity "
        "and areas of service”.",
        "The Tarland rowing club bought a new boathouse the following winter.",
        *OTHER_HARBOUR_NEWS)


def test_a_leading_clause_given_otherwise_in_the_same_event_contradicts(harbour):
    # the month of the leading clause changed; its sentence states the main clause's words
    assert check(harbour, "When " + TERMINAL.format("March 2017")).verdict == "contradicted"


def test_the_true_leading_clause_is_no_contradiction(harbour):
    # near miss: the same claim with the right month is not contradicted
    assert check(harbour, "When " + TERMINAL.format("August 2017")).verdict != "contradicted"


def test_a_leading_clause_alone_contradicts_nothing(harbour):
    # near miss: the sentence tells nothing of the main clause, whose event may be another
    claim = ("After the harbour board authorized the Skarvik ferry terminal in March 2017, the "
             "Tarland rowing club painted its old boathouse red and sold it to a brewery.")
    assert check(harbour, claim).verdict == "not_found"
