"""Figures read against each other: a rate's period changed is a conflict (`rate_period`);
a reversed deed with another date dates the other event (`dated_ends`); a rank given over
another scope than the claim's superlative is none (`rank_scope`); a claim's ordinal of a
date is no rank (`compare.outranked`). Each with a near miss. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Orlen pilot boat crosses the outer bar 12 times a day during the herring season.",
        "Silt in the Kessel channel has built up by about 40 cm (16 in) per decade since the "
        "weir was raised.",
        "The Velden dredging campaign began about 9,000 days ago.",
        "The Tromsdal ferry strike began in 1987, and the strike was settled in the spring "
        "of 1987.",
        "The winter of 1995 was the 14th stormiest winter on the Norland coast since records "
        "opened, and the stormiest since 1961.",
        "It was the third-busiest season of the 19th century for the Norland fleet.",
        "In August the water of the Orlen basin averages between 14 and 19 °C (57 and 66 °F).")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The Orlen pilot boat crosses the outer bar 12 times a week during the herring season.",
    "Silt in the Kessel channel has built up by about 40 cm per year since the weir was "
    "raised.",
])
def test_rate_of_another_period_is_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    "The Orlen pilot boat crosses the outer bar 12 times a day during the herring season.",
    "Silt in the Kessel channel has built up by about 40 cm per decade since the weir was "
    "raised.",
])
def test_rate_of_its_own_period_stays_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_date_of_the_other_end_is_no_conflict(harbour):
    # the sentence dates the start; the claim's end is another date of another deed
    claim = "The Velden dredging campaign ended about 2,400 days ago."
    assert verdict(harbour, claim) != "contradicted"


def test_reversed_deed_on_the_stated_date_still_conflicts(harbour):
    # near miss: the claim's date is the sentence's, its deed reversed
    assert verdict(harbour, "The Velden dredging campaign ended about 9,000 days ago.") \
        != "supported"


def test_rank_over_another_scope_is_no_conflict(harbour):
    claim = "The winter of 1995 was the stormiest winter on the Norland coast since 1961."
    assert verdict(harbour, claim) != "contradicted"


def test_rank_over_the_ordinals_scope_stays_unsupported(harbour):
    # near miss: ranked over the ordinal's own scope, the claim's superlative is wrong
    claim = "The winter of 1995 was the stormiest winter on the Norland coast since records " \
        "opened."
    assert verdict(harbour, claim) != "supported"


def test_claim_ordinal_of_a_date_leaves_the_sentence_rank_read(harbour):
    claim = "It was the busiest season of the 19th century for the Norland fleet."
    assert verdict(harbour, claim) != "supported"


def test_figure_on_another_temperature_scale_is_contradicted(harbour):
    claim = "In August the water of the Orlen basin averages between 14 and 19 degrees " \
        "Fahrenheit."
    assert verdict(harbour, claim) == "contradicted"


def test_figure_on_its_own_scale_stays_supported(harbour):
    claim = "In August the water of the Orlen basin averages between 57 and 66 degrees " \
        "Fahrenheit."
    assert verdict(harbour, claim) == "supported"
