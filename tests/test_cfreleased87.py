"""Two readings met in glossary entries: a closing cross-reference ("See also tidal range.")
asserts nothing (`qa.claims.cross_reference`), and a claim whose two parallel conjuncts trade
the figures of the sentence's two conjuncts is crossed (`parallel.given_beside`). The texts
are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.cross_reference import unreferenced
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Brindle_Sound.txt": (
        "Brindle Sound",
        "Brindle Sound is a narrow tidal inlet on the Varrow coast, about 14 kilometres long.",
        "Its salt marshes shelter wintering geese from November to March.",
    ),
    "Korvath.txt": (
        "Korvath",
        "Its summers are mild but damp: the mean daily high in May is around 19 °C (66 °F) "
        "and in August around 27 °C (81 °F).",
        "Korvath lies on a plateau above the Tessel valley.",
    ),
    "Ossen_drift.txt": (
        "Ossen drift",
        "The Ossen drift carries cold water south along the shelf at about 9 km a day.",
        "Fishing fleets from Marrow follow it in late summer.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "cfreleased87-wiki", ARTICLES)


@pytest.mark.parametrize("claim", [
    "Brindle Sound: a narrow tidal inlet on the Varrow coast, about 14 km long. "
    "See also Varrow Firth.",
    "Brindle Sound is a narrow tidal inlet on the Varrow coast, about 14 km long. "
    "Cf. Morran Sound.",
    "Brindle Sound (see the inset chart) is a narrow tidal inlet on the Varrow coast.",
    "The Ossen drift carries cold water south along the shelf at about 9 km a day. "
    "See also ocean currents. See also Marrow harbour.",
])
def test_a_cross_reference_is_no_fact_of_the_claim(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the statement itself false or unstated: the pointer changes nothing
    "Brindle Sound: a narrow tidal inlet on the Varrow coast, about 40 km long. "
    "See also Varrow Firth.",
    "The Ossen drift carries warm water north past Marrow. See also ocean currents.",
])
def test_a_statement_with_a_cross_reference_is_still_checked(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim, bare", [
    ("Tides: twice a day. See also tidal range.", "Tides: twice a day."),
    ("The dune moved (see figure 3) by 4 m.", "The dune moved by 4 m."),
    ("See also tidal range.", "See also tidal range."),  # nothing else: kept
    ("We see a slow rise.", "We see a slow rise."),  # a verb of the statement
    ("The lake froze. Seeing it was rare.", "The lake froze. Seeing it was rare."),
])
def test_unreferenced(claim, bare):
    assert unreferenced(claim) == bare


@pytest.mark.parametrize("claim", [
    # the two figures traded between the claim's own parallel conjuncts
    "In Korvath the mean daily high is around 27 °C in May and around 19 °C in August.",
    "The mean daily high in Korvath is around 19 °C in August and around 27 °C in May.",
])
def test_figures_traded_between_parallel_conjuncts_are_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "In Korvath the mean daily high is around 19 °C in May and around 27 °C in August.",
    "The mean daily high in Korvath is around 27 °C in August and around 19 °C in May.",
])
def test_figures_each_in_its_own_conjunct_are_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"
