"""Round 51, precision: a claim telling a change of a thing the sentence states with no change
at all ("reduced its reliance on ferries" / "relied heavily on ferries") is not supported by it
(`qa.claims.changeless`); a sentence telling the change in other words still supports."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "After the storms of 2019 the Ruvala port authority relied heavily on chartered "
        "ferries to move grain and passengers across the lake.",
        "The Lesk fishing cooperative depends on diesel imported from Dorva for its fleet of "
        "forty trawlers.",
        "In 2021 the Dorva customs office cut its inspection fees for grain barges by half.",
        "The Coastal Patrol Service enlarged its patrol zone on the northern shore in 2018.")


@pytest.mark.parametrize("claim", [
    "After the storms of 2019 the Ruvala port authority reduced its reliance on chartered "
    "ferries to move grain and passengers.",
    "The Ruvala port authority lessened its dependence on chartered ferries after the storms "
    "of 2019.",
    "The Lesk fishing cooperative reduced its dependence on diesel imported from Dorva for "
    "its trawlers.",
    "The Lesk fishing cooperative increased its reliance on diesel imported from Dorva.",
])
def test_a_change_of_what_the_sentence_states_unchanged_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict.value != "supported"


@pytest.mark.parametrize("claim", [
    "In 2021 the Dorva customs office reduced its inspection fees for grain barges.",
    "The Coastal Patrol Service expanded its patrol zone on the northern shore in 2018.",
    "After the storms of 2019 the Ruvala port authority relied on chartered ferries.",
])
def test_a_change_told_in_other_words_still_supports(harbour, claim):
    assert check(harbour, claim).verdict.value == "supported"
