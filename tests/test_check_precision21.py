"""A phrasal verb of change of the claim against a change the other way in its place:
"tensions eased off" is not stated by "tensions increased", though no WordNet antonym pointer
joins the two verbs; the direction table (a kind of increase / decrease) does, and a phrasal
verb goes the way its single verbs agree on. A change of the same direction still supports,
and a change of another thing reverses nothing. The sentences are written here."""
import pytest

from qa.claims.change_way import phrasal_direction
from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "guilds.md": "# Harbour report\n\n"
                 "The storm season in Tarsia lasted four months. Tensions between the fishing "
                 "guilds and the harbour council increased after the two strikes of 2019.\n\n"
                 "Fuel costs for the trawler fleet rose in 2021, while the council kept its "
                 "quotas for salted cod unchanged.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "harbour21", DOCS)


@pytest.mark.parametrize("claim", [
    "Tensions between the fishing guilds and the harbour council eased off after the two "
    "strikes of 2019.",
    "After the two strikes of 2019, tensions between the fishing guilds and the harbour "
    "council diminished.",
])
def test_a_change_the_other_way_in_place_is_no_support(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "contradicted", result
    assert any(c.source == "increased" for e in result.evidence for c in e.conflicts), result


@pytest.mark.parametrize("claim", [
    "Tensions between the fishing guilds and the harbour council increased after the two "
    "strikes of 2019.",
    "Tensions between the fishing guilds and the harbour council heightened after the two "
    "strikes of 2019.",
])
def test_a_change_the_same_way_still_supports(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_a_change_of_another_thing_reverses_nothing(harbour):
    # fuel costs rose; the claim's lessening is of the cod quotas (which the sentence keeps
    # unchanged: that, not the rise, is what reverses it)
    result = check(harbour, "The council's quotas for salted cod eased off in 2021.")
    assert not any(c.source == "rose" for e in result.evidence for c in e.conflicts), result


@pytest.mark.parametrize("singles, way", [
    ("alter change decrease diminish flag lessen", -1),  # "ease off"
    ("build increase progress", 1),  # "ramp up"
    ("decrease deflate inflate lessen reduce", 0),  # the single verbs disagree
    ("cancel scratch scrub", 0),  # no verb of change
])
def test_a_phrasal_verb_goes_the_way_its_single_verbs_agree_on(singles, way):
    assert phrasal_direction(singles) == way


CROSSED = {
    "pilots.md": "# Pilot report\n\n"
                 "The pilots worked in three shifts. Two long strikes in 2022 and 2023 "
                 "increased tensions with the pilot union across the port.\n",
}


@pytest.fixture(scope="module")
def pilots(tmp_path_factory):
    return open_written(tmp_path_factory, "pilots21", CROSSED)


def test_the_thing_changed_may_be_the_subject_of_one_and_the_object_of_the_other(pilots):
    # "tensions ... eased" of itself / the strikes "increased tensions": the same tensions
    result = check(pilots, "After the strikes in 2022 and 2023, tensions with the pilot union "
                           "eased off.")
    assert result.verdict != "supported", result
    assert any(c.source == "increased" for e in result.evidence for c in e.conflicts), result


def test_the_same_change_across_subject_and_object_still_supports(pilots):
    result = check(pilots, "After the strikes in 2022 and 2023, tensions with the pilot union "
                           "grew.")
    assert result.verdict == "supported", result
