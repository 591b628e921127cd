"""Figures whose digits are grouped by another mark than the comma (round 79, branch
released86). A literal translation from French and a scientific summary write "12 640" and
"1 250 000" (a space, a thin or no-break space), Swiss text "13'000", German text
"1.250.000", Indian English "1,25,000". Each was read as two or more figures ("12" and
"640"), so a claim's "12 640 soldiers" was contradicted by the "12,640" that states it. The
texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.spoken import written_figures
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Tarnholt_garrison.txt": (
        "Tarnholt garrison",
        "In 2031 the Tarnholt garrison counted 12,640 soldiers, of which 1,180 were medics.",
        "The Velmora ferry carried 1\u2009250\u2009000 passengers across the sound in 2029.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "released86-wiki", ARTICLES)


@pytest.mark.parametrize("grouped, report", [
    ("over 13 000 troops", "over 13,000 troops"),  # a space
    ("1 250 000 visitors", "1,250,000 visitors"),  # several groups
    ("13\u00a0000 and 13\u202f000 and 13\u2009000", "13,000 and 13,000 and 13,000"),
    ("13'000 and 1’250’000", "13,000 and 1,250,000"),  # Swiss apostrophes
    ("1.250.000 euros", "1,250,000 euros"),  # full stops, two groups or more
    ("1,25,000 and 2,50,00,000 rupees", "125,000 and 25,000,000 rupees"),  # lakhs, crores
    ("12 640,5 km and 1.250.000,75", "12,640.5 km and 1,250,000.75"),  # decimal commas
    ("1 250.5 m", "1,250.5 m"),
])
def test_digits_grouped_by_another_mark_are_one_figure(grouped, report):
    assert written_figures(grouped) == report


@pytest.mark.parametrize("text", [
    "13.000 tonnes",  # one group after a full stop: a decimal
    "in 2031 300 soldiers",  # a year leads no group
    "28 June 2031",
    "CO2 400 ppm",  # a formula's digit
    "0.015 degrees",
    "12 3456",  # four digits are no group
    "on 11 May, 900 soldiers",
])
def test_figures_side_by_side_stay_apart(text):
    assert written_figures(text) == text


def test_a_grouped_figure_is_one_count(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    parsed = parse("The garrison counted 12 640 soldiers.", vocab)
    assert [m.value for m in parsed.mentions if m.family == "count"] == [12640]


@pytest.mark.parametrize("claim", [
    "In 2031 the Tarnholt garrison counted 12 640 soldiers, of which 1 180 were medics.",
    "In 2031 the Tarnholt garrison counted 12\u202f640 soldiers.",
    "In 2031 the Tarnholt garrison counted 12'640 soldiers.",
    "The Velmora ferry carried 1,250,000 passengers across the sound in 2029.",
    "The Velmora ferry carried 1 250 000 passengers across the sound in 2029.",
])
def test_a_grouped_figure_is_stated_by_the_same_figure(wiki, claim):
    result = check(wiki, claim)
    assert result.verdict == "supported", result.unverified


@pytest.mark.parametrize("claim", [
    "In 2031 the Tarnholt garrison counted 12 460 soldiers.",
    "In 2031 the Tarnholt garrison counted 12 640 soldiers, of which 1 810 were medics.",
    "The Velmora ferry carried 1,520,000 passengers across the sound in 2029.",
])
def test_a_grouped_figure_conflicts_with_another(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"
