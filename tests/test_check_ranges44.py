"""A claim's range ("between 400 and 500 volunteers") is one fact with two ends: a figure
states it only between both ends, and an end is never set against the figure the range
holds (`facts.ranged`, `facts.range_partner`, `compare.stated_by`). Invented sentences."""
import pytest

from qa.claims.facts import numbers
from tests.test_check import OTHER_TOPICS, checker


@pytest.mark.parametrize("text, expected", [
    ("between 400 and 500 volunteers", [(400.0, "lower"), (500.0, "upper")]),
    # the unit written once for both ends (`facts.shared_percent`)
    ("Between 12 and 15 percent and 20 percent", [(12.0, "lower"), (15.0, "upper"), (20.0, "")]),
    # a span of years, not a range of figures
    ("between 2013 and 2023", [(2013.0, ""), (2023.0, "")]),
    # hedged or reversed ends are left as written
    ("between about 400 and 500 boats", [(400.0, "approx"), (500.0, "")]),
    ("between 500 and 400 boats", [(500.0, ""), (400.0, "")]),
    # "and" without "between" joins two figures, not a range
    ("400 and 500 boats", [(400.0, ""), (500.0, "")]),
])
def test_a_range_has_a_lower_and_an_upper_end(text, expected):
    assert [(m.value, m.bound) for m in numbers(text)] == expected


SENTENCE = "The harbour guild sent about 450 volunteers to clear the flooded quays in March."


def test_a_figure_inside_a_true_range_is_never_a_conflict(tmp_path):
    check = checker(tmp_path, "Floods", [SENTENCE, *OTHER_TOPICS])
    result = check("The harbour guild sent between 400 and 500 volunteers to clear the "
                   "flooded quays in March.")
    assert result["verdict"] == "supported"
    assert not any(c["kind"] == "number" for e in result["evidence"]
                   for c in e.get("contradicts") or [])


def test_a_range_that_misses_the_figure_is_not_supported(tmp_path):
    check = checker(tmp_path, "Floods", [SENTENCE, *OTHER_TOPICS])
    result = check("The harbour guild sent between 100 and 300 volunteers to clear the "
                   "flooded quays in March.")
    assert result["verdict"] != "supported"
