"""Comparing a claim's facts with a source's: when two figures state the same fact."""
import pytest

from qa.claims.compare import agree
from tests.test_facts import figures


@pytest.mark.parametrize("claim, source, same", [
    ("more than 13,000 troops", "over 13,000 troops", True),
    ("2,069 troops", "2069 troops", True),
    ("a dozen villages", "12 villages", True),
    ("twenty-five people", "25 people", True),
    ("more than 100 killed", "174 killed", True),
    ("174 killed", "147 killed", False),
    ("more than 300 died", "fewer than 300 died", False),
    ("nearly 2,000 troops", "1,950 troops", True),
    ("40 percent", "40 troops", False),
])
def test_figures_agree_as_a_reader_would(claim, source, same):
    assert agree(figures(claim)[0], figures(source)[0]) is same
