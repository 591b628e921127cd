"""Readings of round 67 (bugs72): power against energy units, a direction adjective against a
name's direction word in a traded comparison, a part held by another, and a span after a figure
read as a span, not a rate. Invented texts; each behaviour test fails on the round's start and
passes here, near misses included."""
import pytest

from tests.test_check import checker

TEXTS = [
    "The Varnholt grid delivered 4,200 gigawatt hours of electricity in 2031. Its new "
    "turbines have a combined capacity of 650 megawatts.",
    "North Tarsa is wetter than its southern counterpart because of the coastal winds.",
    "The river authority has the chief responsibility to clear the channels of Orvel.",
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("bugs72"), "Regions", TEXTS)


@pytest.mark.parametrize("claim, allowed", [
    # energy is no power: the same number in the other measure states nothing and is no
    # rival (`energy_units`)
    ("The Varnholt grid delivered 4,200 gigawatts of electricity in 2031.", {"not_found"}),
    ("The new Varnholt turbines have a combined capacity of 650 megawatt-hours.",
     {"not_found"}),
    ("The new Varnholt turbines have a combined capacity of 650 MWh.", {"not_found"}),
    # near misses: the unit of the sentence's measure, in words or by its symbol
    ("The Varnholt grid delivered 4,200 gigawatt-hours of electricity in 2031.",
     {"supported"}),
    ("The new Varnholt turbines have a combined capacity of 650 megawatts.", {"supported"}),
    ("The new Varnholt turbines have a combined capacity of 900 megawatts.",
     {"contradicted"}),
    # "its southern counterpart" is South Tarsa: the comparison traded is the reverse
    # (`compared_order.derived_terms`)
    ("South Tarsa is wetter than North Tarsa.", {"contradicted", "not_found"}),
    ("North Tarsa is wetter than South Tarsa.", {"supported"}),
    # the part held by another (`holder_other`)
    ("Clearing the channels of Orvel is the main responsibility of the ferry company.",
     {"not_found"}),
    ("Clearing the channels of Orvel is the ferry company's main responsibility.",
     {"not_found"}),
    ("Clearing the channels of Orvel is the river authority's main responsibility.",
     {"supported"}),
])
def test_bugs72_readings(check, claim, allowed):
    assert check(claim)["verdict"] in allowed


@pytest.mark.parametrize("text, rate", [
    ("The town had 300 residents a year later.", False),
    ("A year on, the camp held 900 tents a year on, as planned.", False),
    ("The force grew to 1,100 troops a year after the accord.", False),
    # near misses: rates
    ("The river carries 40 tonnes of silt a year.", True),
    ("Output grew 2 percent a year after 2010.", True),
])
def test_bugs72_span_not_rate(text, rate):
    from qa.claims.facts import per_unit_of_time
    at = text.rindex(" a year") + 1
    assert per_unit_of_time(text, at, at + 1) is rate


@pytest.mark.parametrize("text, unit", [
    ("4,200 gigawatt hours", "gigawatt-hour"),
    ("4,200 gigawatt-hours", "gigawatt-hour"),
    ("4,200 GWh", "gigawatt-hour"),
    ("4,200 GW", "gigawatt"),
    ("4,200 gigawatts", "gigawatt"),
])
def test_bugs72_units(text, unit):
    from qa.claims.facts import unit_of
    assert unit_of(text, text.index(" ")) == unit
