"""A span of one unit written with "the" ("within the next year", "over the past month",
"the last decade"): a length of one year, one month, one decade, which another length
contradicts ("in the next six months") and the same length in other units states ("the past
twelve months"); "the last year of its mandate" says which year, not how long."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def spans(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The ferry company said its crews will leave the northern route in the next six "
        "months. Over the past year, thefts from the harbour depots doubled.",
        "Cargo traffic at the east quay fell sharply last year, the harbour board said. "
        "In the last year of its lease, the fishing cooperative shrank to forty boats.")


@pytest.mark.parametrize("claim, verdict", [
    # one year against six months, whatever the preposition
    ("The ferry company said its crews will leave the northern route within the next year.",
     "contradicted"),
    ("The ferry company said its crews will leave the northern route in the coming year.",
     "contradicted"),
    ("The ferry company said its crews will leave the northern route in the next six months.",
     "supported"),
    # one unit against another: a decade is not a year
    ("Over the past decade, thefts from the harbour depots doubled.", "contradicted"),
    ("Over the past month, thefts from the harbour depots doubled.", "contradicted"),
    # the same length in other units
    ("Thefts from the harbour depots doubled in the past twelve months.", "supported"),
    # a sentence dating the event by the same unit states the span
    ("Cargo traffic at the east quay fell sharply over the past year.", "supported"),
    # "the last year of" says which year: the span reading does not apply
    ("In the last year of its lease, the fishing cooperative shrank to forty boats.",
     "supported"),
])
def test_a_span_of_one_unit_is_a_length(spans, claim, verdict):
    assert check(spans, claim).verdict == verdict


def test_the_conflict_names_both_lengths(spans):
    result = check(spans, "Over the past decade, thefts from the harbour depots doubled.")
    conflicts = [c for e in result.evidence for c in e.conflicts]
    assert any(c.claim == "the past decade" and c.source == "the past year" for c in conflicts)
