"""A statement followed by the writer's question or verdict on it (round 72, branch recall77).

A claim in a voice closes on words that comment on what it states: a question put to the
reader ("Who could blame them?"), which `validate` refused outright, or a verdict of approval
("Quite right."), whose words were weighed as facts no source states. Both are read off by
grammar (`qa.claims.commentary`) and the statement is checked alone. Near misses stay
unsupported: a question that presupposes a fact of its own ("Why did ... in 2029?"), a
negated polar question (it asserts), a verdict that adds a fact or a figure, a verdict that
calls the statement false.

Invented sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage to its pilings. The board reopened the pier to passenger ferries in June.",
    "Dock workers at Velm complained that the closure cost them most of their overtime pay.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall77"), "Velm harbour", TEXTS)


@pytest.mark.parametrize("claim", [
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. Who could blame them?",
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. We wonder: what else was it to do?",
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. Is anyone surprised?",
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. That is absolutely correct!",
])
def test_a_statement_before_a_closing_question_or_approval_is_read(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the question presupposes a fact of its own
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. Why did it then sell the pier in 2031?",
    # a negated polar question asserts its clause
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. Didn't it also close the south pier?",
    # the verdict adds a fact
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. Quite right, and it sold the pier to a Danish firm in 2031!",
    # the verdict calls the statement false
    "In March 2030 the Velm harbour board closed the north pier to all cargo traffic after "
    "storm damage. False!",
])
def test_near_misses_stay_unsupported(check, claim):
    try:
        verdict = check(claim)["verdict"]
    except ValueError:  # refused as a question: no verdict at all
        verdict = None
    assert verdict != "supported"


def test_the_readings():
    from qa.claims.commentary import commented, truth_polarity
    assert truth_polarity("correct") == 1 and truth_polarity("exactly") == 1
    assert truth_polarity("wrong") == -1 and truth_polarity("incorrect") == -1
    assert truth_polarity("stormy") == 0
    assert commented("The pier shut. That is right, 40!") is None  # a figure of its own
    assert commented("The pier shut 40 days. That is right, 40!")[1] == 1
    assert commented("Who shut the pier? The board.") is None
