"""Round 60, lead: "before that" / "after that" with no comma before a plural noun refers back
(the event just told), as it does with the comma: a determiner "that" agrees with its noun in
number ("that official", "those officials"). Invented harbour text."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.sequence import plural_follows, referring_back
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Velden lighthouse keepers logged 180 foggy nights along the northern cape last "
        "year.",
        "The Tarland harbour board raised its mooring fees in April 2017, angering the ferry "
        "crews. Three weeks later, board inspectors closed the guild's repair yard.",
        "In May 2020, the Tarland rope makers opened a shop beside the fish market.")


@pytest.mark.parametrize("claim, verdict", [
    ("The Tarland harbour board raised its mooring fees in April 2017, and three weeks after "
     "that board inspectors closed the guild's repair yard.", "supported"),
    ("The Tarland harbour board raised its mooring fees in April 2017, and three weeks before "
     "that board inspectors closed the guild's repair yard.", "contradicted"),
    # the comma was read already; both spellings now agree
    ("The Tarland harbour board raised its mooring fees in April 2017, and three weeks after "
     "that, board inspectors closed the guild's repair yard.", "supported"),
])
def test_that_before_a_plural_noun_refers_back(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, expected", [
    ("Three weeks after that board inspectors closed the yard.", True),
    ("After that crews left the quay.", True),
    ("After that decision the crews left the quay.", False),  # a determiner: singular noun
    ("After that guild's inspectors left, the yard closed.", False),  # a possessive
    ("After that, the crews left the quay.", True),
])
def test_referring_back(text, expected):
    parsed = parse(text, VOCAB)
    n = next(i for i, t in enumerate(parsed.tokens) if t.lower == "after")
    assert referring_back(parsed, n) == expected


def test_plural_follows_stops_at_a_break():
    parsed = parse("Before that harbour, crews met.", VOCAB)
    assert not plural_follows(parsed.tokens, 2)
