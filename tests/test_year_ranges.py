"""A hedged figure of the year band is a year when its range's other end is one, and a
two-digit year cut after an apostrophe is no count (`facts.year_range_end`).

"from about 1930 to 1965" dates a span, but the hedge made "about 1930" a count, which then
met a sentence's lone measurement ("about 0.6 degrees") as its rival: an untold claim was
called contradicted. Invented sentences."""
import pytest

from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def figures(text):
    return [(m.family, m.text) for m in parse(text, VOCAB).mentions if m.family != "name"]


@pytest.mark.parametrize("text, expected", [
    ("Catches fell from about 1930 to 1965 in the bay.",
     [("year", "about 1930"), ("year", "1965")]),
    ("Catches rose from ’65 to around 2001 in the bay.", [("year", "around 2001")]),
    ("Catches rose from 1965 – roughly 2001 in the bay.",
     [("year", "1965"), ("year", "roughly 2001")]),
])
def test_a_hedged_end_of_a_year_range_is_a_year(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("About 1930 trawlers were in the bay.", [("count", "About 1930")]),
    ("The bay held about 2000 to 3000 trawlers.", [("count", "about 2000"), ("count", "3000")]),
])
def test_a_hedged_count_stays_a_count(text, expected):
    assert figures(text) == expected
