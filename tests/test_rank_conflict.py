"""A rank given otherwise in another conjunct is a relation conflict, not an internal error.

`parallel.crossed` pairs a claim fact with the rival its sentence's other conjunct gives in
its place. A rank ("the lowest") is such a fact too, and its rival ("the highest") reached
`compare.conflict_of`, which knew only names and figures: `qa check` stopped with an internal
error. Invented sentences."""
import pytest

from qa.claims.compare import conflict_of
from qa.claims.facts import Mention, parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import ConflictKind
from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Officially, the highest reading for Brenna is 38.4 degrees Celsius (101.1 degrees "
    "Fahrenheit), while the lowest is -19.6 degrees Celsius (-3.3 degrees Fahrenheit).",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("rank"), "Brenna", TEXTS)


@pytest.mark.parametrize("claim", [
    "The lowest official reading for Brenna is about 38 °C.",
    "The lowest official reading for Brenna is roughly 38 degrees Celsius.",
])
def test_a_rank_of_the_other_conjunct_is_read_not_raised(check, claim):
    result = check(claim)
    assert result["verdict"] != "supported"
    conflicts = [c for e in result["evidence"] for c in e.get("conflicts", [])]
    assert all(c["kind"] in {k.value for k in ConflictKind} for c in conflicts)


def test_a_rank_conflict_is_a_relation():
    text = parse("The lowest reading was taken at dawn.", vocabulary_for(Analyzer()))
    lowest = next(m for m in text.mentions if m.family == "rank")
    highest = Mention("rank", "highest", "highest", 0, 7)
    assert conflict_of(lowest, highest, text).kind is ConflictKind.RELATION
