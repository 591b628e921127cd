"""'next year' against 'last year': a time counted forward from now against one counted back,
the same event at two times (`words.json` relation_opposites, read by `opposition.opposed`
and `compare.reordered` as the other pairs of closed-class words are)."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def fees(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board raised its fees last year. The ferry company will open a new "
        "route next year.",
        "The lighthouse keepers staged a strike over unpaid wages.")


@pytest.mark.parametrize("claim, verdict", [
    ("The harbour board raised its fees last year.", "supported"),
    ("The ferry company will open a new route next year.", "supported"),
    ("The harbour board raised its fees next year.", "contradicted"),
    ("The ferry company opened a new route last year.", "contradicted"),
])
def test_next_year_is_not_last_year(fees, claim, verdict):
    assert check(fees, claim).verdict == verdict
