"""A claim's "all" against a sentence's "most" of the same group is not stated
(`quantifiers.unstated_quantity`); a sentence that names the group with no quantifier still
may state it. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.quantifiers import ALL, quantities
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "While most of the pilots were trained in Velmar, the dock crews came from the "
        "northern villages.",
        "The harbour board inspected the twelve cranes of the eastern quay in March.")


@pytest.mark.parametrize("claim, verdict", [
    ("All of the pilots were trained in Velmar.", "not_found"),
    ("Most of the pilots were trained in Velmar.", "supported"),
    ("The harbour board inspected all the cranes of the eastern quay in March.", "supported"),
])
def test_all_against_most(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, universal", [
    ("All the dead were militants.", True),
    ("Every contingent left.", True),
    ("It was not a problem at all.", False),
    ("Armed groups of all kinds spread.", False),
    ("Above all, the crews stayed.", False),
])
def test_the_whole_is_read(text, universal):
    assert any(kind == ALL for kind, _ in quantities(parse(text, VOCAB))) == universal
