"""A length of time given by its unit alone ("in the preceding months", "over the next few
weeks", "in recent years") against another unit after the same word in the sentence
(`qa.claims.vague_lengths`): a plural without a figure lasts two of its unit up to one of the
next unit up, so "weeks" never meet "months", "a few years" meet "two years" and "a decade"
meets "years"."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def lengths(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In recent years, attacks on the river ferries rose sharply, the coast guard said. "
        "The water board said that over the next two years, the Kessel reservoir will be "
        "drained for repairs.",
        "In the following months, the harbour board hired 40 new customs inspectors. "
        "The inspectors expect a decision within the next few days, according to the "
        "ministry. For a decade, the Orlo cooperative ran the only grain mill in the valley. "
        "Strikes at the east quay lasted for several weeks in the spring of 2022.")


@pytest.mark.parametrize("claim, verdict", [
    ("In recent months, attacks on the river ferries rose sharply, the coast guard said.",
     "contradicted"),
    ("In recent years, attacks on the river ferries rose sharply, the coast guard said.",
     "supported"),
    # "a few years" meets "two years"; "a few months" does not
    ("The water board said that over the next few years, the Kessel reservoir will be "
     "drained for repairs.", "supported"),
    ("The water board said that over the next few months, the Kessel reservoir will be "
     "drained for repairs.", "contradicted"),
    ("The inspectors expect a decision within the next few weeks, according to the ministry.",
     "contradicted"),
    ("In the following weeks, the harbour board hired 40 new customs inspectors.",
     "contradicted"),
    ("In the following months, the harbour board hired 40 new customs inspectors.",
     "supported"),
    # after a preposition of length
    ("Strikes at the east quay lasted for several years from the spring of 2022.",
     "contradicted"),
    ("Strikes at the east quay lasted for weeks in the spring of 2022.", "supported"),
    # a decade is years: no other length
    ("For years, the Orlo cooperative ran the only grain mill in the valley.", "supported"),
])
def test_a_length_told_by_its_unit(lengths, claim, verdict):
    assert check(lengths, claim).verdict == verdict


def test_the_conflict_names_both_lengths(lengths):
    result = check(lengths, "The inspectors expect a decision within the next few weeks, "
                            "according to the ministry.")
    conflicts = [(c.claim, c.source) for e in result.evidence for c in e.conflicts]
    assert ("few weeks", "few days") in conflicts
