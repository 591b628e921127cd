"""A figure the sentence gives to another predicate (`qa.claims.figure_predicate`): a sentence
that states the claim's figure in a clause without the claim's words for it, and those words
in another clause with another figure, tells two tallies and does not support the claim. The
texts are invented here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_written

ARTICLES = {
    "Tarrow_harbour.txt": (
        "Tarrow harbour",
        "By May 1987 the Tarrow ferry line had cancelled 40 crossings, and over 300 cars had "
        "been carried across the sound in storm convoys.",
        "Of the 12 ferries of the Tarrow fleet, one is laid up, three are chartered, and eight "
        "need new engines.",
        "Fishing boats leave the eastern quay before dawn."),
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "figure64-harbour", {
        name: title + "\n\n" + "\n\n".join(sentences) + "\n"
        for name, (title, *sentences) in ARTICLES.items()})


@pytest.mark.parametrize("claim", [
    "By May 1987, 40 cars had been carried across the sound in storm convoys.",  # 40 crossings
    "Of the 12 ferries of the Tarrow fleet, eight are laid up.",  # one is laid up
])
def test_a_figure_of_another_predicate_does_not_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "By May 1987 the Tarrow ferry line had cancelled 40 crossings.",
    "By May 1987, over 300 cars had been carried across the sound in storm convoys.",
    "Of the 12 ferries of the Tarrow fleet, three are chartered.",
    "Of the 12 ferries of the Tarrow fleet, eight need new engines.",
])
def test_a_figure_of_its_own_predicate_still_supports(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_another_exact_figure_of_the_claims_predicate_contradicts(harbour):
    # "one is laid up": the claim's predicate given another figure in its own clause
    assert check(harbour, "Of the 12 ferries of the Tarrow fleet, eight are laid up."
                 ).verdict == "contradicted"

