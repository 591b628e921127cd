"""An analyst's estimative wrapper, read for what it says (round 81, branch released88).

An estimate numbers its judgements and gives each a confidence or a likelihood ("Key
Judgment 2:", "(KJ-3)", "We assess with high confidence that P", "X almost certainly did Y").
The label and a lead of the writer's judgement or of high likelihood go, and the clause is
checked (`qa.claims.estimative`); a low likelihood ("We assess it is unlikely that P") denies
the clause, whose verdict is turned; an even chance asserts nothing. A name before a reduced
passive ("the forum launched by Norland comprised ...") is its patient, not the agent of the
participle (`opposition.agent_replaced`). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.estimative import estimative_removed, unlikely_clause
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velmora_sector.txt": (
        "Field report on the Velmora sector",
        "The Norland battalion reached Velmora on 24 July 2019, after a four-day march from "
        "the coast.",
        "The relief convoy carried 340 tonnes of grain to the Ostrava camp.",
        "Commander Ilse Varnholt withdrew the engineering company from Brask in March 2021.",
        "The envoys worked with the Coastal Contact Group, a framework launched by Norland to "
        "revive the talks that comprised Norland, Velmora, the Ostrava League and the Brask "
        "Union.",
    ),
}


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    return open_articles(tmp_path_factory, "released88-sector", ARTICLES)


@pytest.mark.parametrize("claim", [
    "Key Judgment 2: The relief convoy carried 340 tonnes of grain to the Ostrava camp.",
    "Key Judgement 4 - The relief convoy carried 340 tonnes of grain to the Ostrava camp.",
    "(KJ-3) The relief convoy carried 340 tonnes of grain to the Ostrava camp.",
    "KJ 7: The relief convoy carried 340 tonnes of grain to the Ostrava camp.",
    "We assess with high confidence that the relief convoy carried 340 tonnes of grain to "
    "the Ostrava camp.",
    "We assess with low confidence that the relief convoy carried 340 tonnes of grain to "
    "the Ostrava camp.",
    "With moderate confidence, we estimate that the relief convoy carried 340 tonnes of grain "
    "to the Ostrava camp.",
    "(KJ-5) We judge with high confidence that the Norland battalion reached Velmora on "
    "24JUL19.",
    "Key Judgment 6: We assess that the Norland battalion reached Velmora on 240930ZJUL19.",
    "We assess it is very likely that the Norland battalion reached Velmora on 24 JUL 2019.",
    "It is almost certain that the Norland battalion reached Velmora on 24 July 2019.",
    "KJ 8: Commander Ilse Varnholt almost certainly withdrew the engineering company from "
    "Brask in March 2021.",
    "In March 2021, we assess, Commander Ilse Varnholt withdrew the engineering company from "
    "Brask.",
    "Commander Ilse Varnholt withdrew the engineering company from Brask in March 2021, we "
    "judge.",
])
def test_a_stated_clause_in_an_estimative_wrapper_is_supported(sector, claim):
    result = check(sector, claim)
    assert result.verdict == "supported"
    assert not result.unverified


@pytest.mark.parametrize("claim", [
    "Key Judgment 3: The relief convoy carried 430 tonnes of grain to the Ostrava camp.",
    "We assess with high confidence that the Norland battalion reached Velmora on 26JUL19.",
    "(KJ-9) We judge that the Norland battalion reached Velmora on 24 JUL 2018.",
    "We assess with moderate confidence that Commander Ilse Varnholt withdrew the "
    "engineering company from Brask in March 2022.",
])
def test_a_clause_of_another_figure_or_date_is_contradicted(sector, claim):
    result = check(sector, claim)
    assert result.verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "We assess it is unlikely that the relief convoy carried 340 tonnes of grain to the "
    "Ostrava camp.",
    "Key Judgment 4: We judge it highly unlikely that the Norland battalion reached Velmora "
    "on 24JUL19.",
    "It is improbable that Commander Ilse Varnholt withdrew the engineering company from "
    "Brask in March 2021.",
])
def test_a_stated_clause_judged_unlikely_is_contradicted(sector, claim):
    result = check(sector, claim)
    assert result.verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # a low likelihood of a clause the sources contradict is no support of the denial
    "We assess it is unlikely that the relief convoy carried 430 tonnes of grain to the "
    "Ostrava camp.",
    # an even chance asserts neither way
    "We assess there is a roughly even chance that the relief convoy carried 340 tonnes of "
    "grain to the Ostrava camp.",
])
def test_an_unlikely_or_even_chance_clause_is_not_supported(sector, claim):
    assert check(sector, claim).verdict == "not_found"


def test_a_name_before_a_reduced_passive_is_no_rival_agent(sector):
    claim = ("The Coastal Contact Group launched by Norland comprised Norland, Velmora, the "
             "Ostrava League and the Brask Union.")
    assert check(sector, claim).verdict == "supported"


@pytest.mark.parametrize("text", [
    "The panel assesses that the convoy reached the camp.",  # a third party's judgement
    "The Brask guild was the most likely of the four bidders.",
    "The convoy is very likely to reach the camp by May.",
    "We assess the damage to the Ostrava camp as severe.",
])
def test_what_is_no_estimative_wrapper_stays(text):
    assert estimative_removed(text) == text
    assert unlikely_clause(text) is None


def test_the_low_likelihood_frame_and_its_clause():
    frame, clause = unlikely_clause(
        "(KJ-4) We judge it unlikely that the convoy reached the camp in May.")
    assert frame == "We judge it unlikely that"
    assert clause == "The convoy reached the camp in May."
