"""Two readings the merged lead got wrong (round 66's pooled fresh claims), on texts written
here: a comparison whose claimed thing stands in the next coordinated clause is not ranked
below (`compared_order.than_side`); a comparison whose two qualifying opposites the claim
swaps is contradicted, the claim's own adjective there being no deed told
(`modifier_reversal.deed_told`)."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velmar_glacier.txt": (
        "Velmar glacier",
        "In the last interglacial, the whole valley was about 1–2 °C cooler than today, and the "
        "Velmar basin during the winter in that period was 6 °C cooler.",
        "The glacier's tongue reached the lake by the eighteenth century.",
    ),
    "Brisk_fever.txt": (
        "Brisk fever",
        "In the lowland provinces, more cattle die of brisk fever in poor villages than rich "
        "villages.",
        "The fever is carried by a tick that lives in tall grass.",
    ),
    "Orro.txt": (
        "Orro",
        "Its thick clouds trap the starlight, raising the surface temperature to around 610 K, "
        "hotter than any other moon of the ring, even that of Vessa despite lying farther out.",
        "Orro was first seen through a telescope in 1790.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "fixes71-wiki", ARTICLES)


def test_a_comparison_told_in_the_next_clause_supports(wiki):
    # the basin is named in the clause after "than today", not on the lower side of it
    claim = "In that period, Velmar basin winters were 6 °C cooler than today."
    assert check(wiki, claim).verdict == "supported"


def test_swapped_qualifying_opposites_in_a_comparison_contradict(wiki):
    claim = "In the lowland provinces, more cattle die of brisk fever in rich villages than in " \
            "poor villages."
    assert check(wiki, claim).verdict == "contradicted"


def test_the_comparison_as_told_still_supports(wiki):
    claim = "In the lowland provinces, more cattle die of brisk fever in poor villages than in " \
            "rich villages."
    assert check(wiki, claim).verdict == "supported"



def test_a_name_after_that_of_is_still_on_the_lower_side(wiki):
    # "even that of Vessa": the lower side goes on past "that", to the coordinated clause only
    assert check(wiki, "Vessa's surface is hotter than that of Orro.").verdict != "supported"
