"""Contradicted claims called not_found: a claim of clauses whose main clause the sources
contradict, read whole, falls short of the rest a conflict needs, the other clauses' words
unstated by the conflicting sentence; read alone by `clause_parts.read_by_clauses`, the main
clause is contradicted, and so is the claim (`qa.claims.contradicted_part`). The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.contradicted_part import main_clauses
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Ostvik harbour board first approved the Brenna quay in May 2019, after two "
        "years of talks with the fishing cooperatives.",
        "Builders from Tarland began dredging the channel the following spring.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    # the main clause before an absolute phrase, its date changed
    "The Ostvik harbour board first approved the Brenna quay in March 2019, with funds "
    "for four new cranes promised by the regional bank.",
    # the main clause before a clause of cause
    "The Ostvik harbour board first approved the Brenna quay in March 2019, because the "
    "salt traders wanted bigger warehouses beside the water.",
])
def test_a_main_clause_contradicted_contradicts_the_claim(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # a leading clause tells the time of the main one: read alone, it is no assertion
    "After the Ostvik harbour board approved the Brenna quay in March 2019, the salt "
    "traders of Brenna moved four warehouses to the southern pier.",
])
def test_no_contradiction_from_a_clause_that_asserts_nothing(harbour, claim):
    assert check(harbour, claim).verdict == "not_found"


@pytest.mark.parametrize("claim, main", [
    ("The board approved the quay in March, with funds for four cranes.",
     "the board approved the quay in march"),
    ("When the board approved the quay in March, the traders moved their warehouses.",
     "the traders moved their warehouses"),
    ("The board approved the quay in March, because the traders wanted warehouses.",
     "the board approved the quay in march"),
])
def test_main_clauses(claim, main):
    assert main in main_clauses(claim)


@pytest.mark.parametrize("claim, subordinate", [
    ("When the board approved the quay in March, the traders moved their warehouses.",
     "the board approved the quay in march"),
    ("The board approved the quay in March, because the traders wanted warehouses.",
     "the traders wanted warehouses"),
    # an opening phrase read to a later comma: what follows its last comma is no main clause
    ("Since February 2020, the board has kept a depot at Brenna, a village that had "
     "suffered floods.", "a village that had suffered floods"),
])
def test_subordinate_clauses_are_not_main(claim, subordinate):
    assert subordinate not in main_clauses(claim)
