"""True claims the checker called contradicted: a conflict read where the two texts tell one
fact of one event (round 64, branch sc67).

- A capital and its own country are one state: the capital acting is the government
  (`qa.claims.capital_state`), a capital as a place lies inside its country; never rival
  names.
- A deed done in error is still done: a negating adverb of manner ("wrongly reported")
  denies what the report says, not the reporting (`qa.claims.manner_denial`).
- A prefix on an attribute ("inaccurately", "incorrectly") denies no verb that only shares its
  stem ("was corrected", `qa.claims.prefix_other_verb`).
- A state reached and the same state held agree ("had become the largest" / "remains the
  largest", `qa.claims.state_held`).
- One verb said of two deeds is no word gone astray across clauses (`qa.claims.verb_retold`).
- "No longer" is not denied by an infinitive a past form governs ("was assigned to escort",
  `qa.claims.ceased`).
- A verb of doubt opens its clause after a phrase of time too ("doubted in early 2019 that",
  `qa.claims.unasserted.dated_opener`).

Invented sentences; real capitals, since the capitals table holds real ones. Portugal and
Lisbon are named in most passages: the corpus's setting, as Mali and Bamako are the bundled
reports'."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Norway said in March that it would close its embassy in Lisbon. Two days later, Portugal "
    "announced that its engineers will leave the dam project within the next four months, "
    "\u201csooner than expected\u201d.",
    "Secondly, relations between Portugal and its Atlantic neighbours have been tense since the "
    "navy seized the port authority in June 2017.",
    "The harbour gazette of Lisbon was edited on April 9th to set the number of sailors drowned "
    "at 41. This number had been wrongly reported by the Coastal Herald as \u201cmore than "
    "90.\u201d",
    "The Veldt fund of Lisbon remains the largest lender in the Portugal delta to date, with 900 "
    "loans granted to fishing families during the last decade.",
    "Tarvia, north of Portugal, was shaken by a strike of dock workers in May 2018, while "
    "farmers and fishermen simultaneously blocked the highways of the north.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("sc67"), "Harbour", TEXTS)


@pytest.mark.parametrize("claim", [
    # main: contradicted (the capital against its country as a rival actor)
    "Two days after the Norwegian statement, Lisbon announced that Portuguese engineers would "
    "leave the dam project within the next four months.",
    "Relations between Lisbon and its Atlantic neighbours have been tense since the navy seized "
    "the port authority in June 2017.",
    # main: contradicted ("wrongly reported" read as "not reported")
    "The gazette was edited on April 9th after the Coastal Herald had reported more than 90 "
    "sailors drowned.",
    # main: contradicted ("had become" against "remains")
    "By the end of its decade, the Veldt fund had become the delta's largest lender, granting "
    "900 loans to fishing families.",
    # main: contradicted ("strike" strays into the clause of the other deed, told by "blocked")
    "May 2018: dock workers block the port in a strike, while farmers and fishermen shut the "
    "northern highways at the same time.",
])
def test_one_fact_told_two_ways_is_no_contradiction(check, claim):
    assert check(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    # main: contradicted
    "Two days after the Norwegian statement, Lisbon announced that Portuguese engineers would "
    "leave the dam project within the next four months.",
])
def test_a_capital_acting_is_its_government(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # near misses: another capital, another state, another figure, the state's opposite
    "Two days after the Norwegian statement, Madrid announced that its engineers would leave "
    "the dam project within the next four months.",
    "Relations between Madrid and its Atlantic neighbours have been tense since the navy seized "
    "the port authority in June 2017.",
    "By the end of its decade, the Veldt fund had become the delta's smallest lender.",
])
def test_another_state_or_state_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "Two days after the Norwegian statement, Lisbon announced that Portuguese engineers would "
    "leave the dam project within the next nine months.",
    "The gazette was edited on April 9th to set the number of sailors drowned at 60.",
])
def test_a_fact_changed_stays_contradicted(check, claim):
    assert check(claim)["verdict"] == "contradicted"


TALLY = [
    "The tally of flooded farms was revised after the survey of June 2020. The tally had been "
    "incorrectly given by the county as 70.",
    "Thirdly, the coast guard withdrew its patrol boat Vigil, which was assigned to escort the "
    "ferries of the outer islands.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check_tally(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("sc67tally"), "Tally", TALLY)


@pytest.mark.parametrize("claim", [
    # main: contradicted ("corrected" / "incorrectly": an act against an attribute)
    "The tally of flooded farms was corrected after the survey of June 2020, the county "
    "having given it as 70.",
    # main: contradicted ("no longer escorts" / "was assigned to escort": the time before)
    "The patrol boat Vigil no longer escorts the ferries of the outer islands after the coast "
    "guard withdrew it.",
])
def test_an_act_or_a_past_task_is_no_denial(check_tally, claim):
    assert check_tally(claim)["verdict"] != "contradicted"


def test_a_changed_figure_stays_contradicted(check_tally):
    assert check_tally("The tally of flooded farms was revised after the survey of June "
                       "2021.")["verdict"] == "contradicted"


DREDGING = [
    "The port board had reservations about dredging the outer channel of Velmar in early 2019. "
    "It wasn't the right remedy, but it recognized the budget realities.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check_dredging(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("sc67dredging"), "Dredging", DREDGING)


def test_a_doubt_dated_before_its_clause_affirms_nothing(check_dredging):
    # main: contradicted ("doubted in early 2019 that ... was the right remedy" read as
    # affirming "right", against "It wasn't the right remedy")
    assert check_dredging("The port board doubted in early 2019 that dredging the outer "
                          "channel of Velmar was the right remedy.")["verdict"] != "contradicted"


def test_a_belief_dated_before_its_clause_stays_contradicted(check_dredging):
    assert check_dredging("The port board believed in early 2019 that dredging the outer "
                          "channel of Velmar was the right remedy.")["verdict"] == "contradicted"
