"""Readings of round 66 (bugs70): a figure capped by "only", a long acronym misspelt by one
letter, an opposite verb right before the claim's object, and "than the previous year".
Invented texts; each behaviour test fails on the round's start and passes here, near misses
included."""
import pytest

from tests.test_check import checker

TEXTS = [
    "In March the Tarvel lifeboat station had only twelve volunteers on its roster, and "
    "only 14 percent of its budget went to training.",
    "The Ostvik Regional Vessel Authority (ORVALIS) runs the ferries of the northern fjords. "
    "ORVALIS opened two new piers in 2029. Its crews are trained in Tarvel.",
    "When Operation Kelp, a salvage force led by Vessen, pulled out with two Northern donors, "
    "the agency lost fuel and radio support, exposing ORVLIS to far higher fees.",
    "The Kestrel coast guard had 900 officers in 2030 and 1,200 officers in 2031.",
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("bugs70"), "Harbour", TEXTS)


@pytest.mark.parametrize("claim, allowed", [
    # "only twelve" is a ceiling: "more than twelve" passes it (`ceilings`)
    ("In March the Tarvel lifeboat station had more than twelve volunteers on its roster.",
     {"contradicted"}),
    ("In March the Tarvel lifeboat station had twelve volunteers, and more than 14 percent "
     "of its budget went to training.", {"contradicted", "not_found"}),
    # near miss: "at least twelve" is what "only twelve" says
    ("In March the Tarvel lifeboat station had at least twelve volunteers on its roster.",
     {"supported"}),
    # the acronym misspelt by one letter is the claim's actor: neither it nor "Northern"
    # is a rival (`misspelt`); both true claims were contradicted
    ("ORVALIS lost fuel and radio support when Operation Kelp pulled out.",
     {"supported", "not_found"}),
    ("The pull-out of Operation Kelp exposed ORVALIS to far higher fees.",
     {"supported", "not_found"}),
    # near misses: the opposite verb right before the object (`opposite_in_place`), and the
    # verb told of another object
    ("ORVALIS gained fuel and radio support when Operation Kelp pulled out.",
     {"contradicted", "not_found"}),
    ("ORVALIS lost its dredging permits when Operation Kelp pulled out.",
     {"not_found"}),
    # "than the previous year" is the year before the claim's (`year_before`)
    ("In 2031 the Kestrel coast guard had more officers than the previous year.",
     {"supported"}),
    ("In 2031 the Kestrel coast guard had fewer officers than the previous year.",
     {"contradicted"}),
    # near miss: the figures count officers, not boats
    ("In 2031 the Kestrel coast guard had more boats than the previous year.",
     {"not_found"}),
])
def test_bugs70_readings(check, claim, allowed):
    assert check(claim)["verdict"] in allowed
