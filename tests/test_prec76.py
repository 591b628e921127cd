"""Wrong supports of shapes round 71's released sets showed: a cause ("because of X") the
sentence tells, but not as the cause (`cause_elsewhere`); who led and who helped traded
around a "with" phrase (`helper_swapped`); a clause a verb of asking adds, whose named doer
the sentence never writes (`asked_clause`). Each with the same shape the sentence does state,
which must stay supported. Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2031 the Velden guild raised the tolls on the north quay in response to the "
        "falling price of herring. Two weeks earlier, the council had closed the old ferry "
        "ramp.",
        "The Kessel board shut the western basin a month after the collapse of the eastern "
        "breakwater.",
        "The survey of the outer harbour, due in June, is being run by the harbour office in "
        "Tromsdal with support from Oslo.",
        "In April 2030 the pilots' union demanded the dismissal of the Norvik harbour master.",
        "Bergen's council abstained in the vote on the dredging budget.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the closing of the ramp is told, but as an earlier event; the tolls' cause is the price
    "In May 2031 the Velden guild raised the tolls on the north quay because of the closing "
    "of the old ferry ramp.",
    # a distance in time, no cause
    "The Kessel board shut the western basin because of the collapse of the eastern "
    "breakwater.",
    # the parts traded: the office led, Oslo helped
    "The survey of the outer harbour, due in June, is being run from Oslo, with the harbour "
    "office in Tromsdal in a supporting role.",
    "The survey of the outer harbour was run by Oslo with support from the harbour office in "
    "Tromsdal.",
])
def test_a_part_told_otherwise_does_not_support(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    "In May 2031 the Velden guild raised the tolls on the north quay because of the falling "
    "price of herring.",
    "The survey of the outer harbour, due in June, is run by the harbour office in Tromsdal "
    "with support from Oslo.",
    "In April 2030 the pilots' union demanded the dismissal of the Norvik harbour master.",
    "In April 2030 the pilots' union asked that the Norvik harbour master be dismissed.",
])
def test_the_same_shape_stated_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


DEMAND = "In April 2030 the pilots' union demanded the dismissal of the Norvik harbour master."


@pytest.mark.parametrize("claim", [
    # a successor asked for: its doer never written, its deed unstated
    "In April 2030 the pilots' union demanded the dismissal of the Norvik harbour master and "
    "asked that Bergen appoint his successor.",
    "When the pilots' union demanded the Norvik harbour master's dismissal, it urged Bergen to "
    "take over his post.",
])
def test_an_asked_for_deed_of_an_unnamed_doer_is_unsaid(vocab, claim):
    from qa.claims.asked_clause import asked_doer_unnamed
    found = asked_doer_unnamed(parse(claim, vocab), parse(DEMAND, vocab), vocab, frozenset())
    assert found is not None and found.word == "Bergen"


@pytest.mark.parametrize("claim", [
    # the asked-for clause's doer is the sentence's own
    "In April 2030 the pilots' union asked that the Norvik harbour master be dismissed.",
    # the party asked, no doer of a clause
    "In April 2030 the pilots' union asked Bergen for the harbour master's dismissal.",
])
def test_an_asked_for_clause_the_sentence_names_is_left_to_coverage(vocab, claim):
    from qa.claims.asked_clause import asked_doer_unnamed
    assert asked_doer_unnamed(parse(claim, vocab), parse(DEMAND, vocab), vocab,
                              frozenset()) is None
