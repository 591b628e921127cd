"""Real-world claims whose hedged or rounded figure the sentence states with its unit written
otherwise: "about a third of a degree Celsius per decade" / "0.31 °C/decade". The figure
agrees, but a figure not written exactly must share a word of its role with the sentence's,
and "Celsius" shared nothing with the "C" of "°C" while "per" took a place of the two-word
window, pushing the period out of it (`compare.unit_role`, `qa.claims.unit_roles`). Read for
a statement only: as a rival's role it lets another trend of the same unit contradict a true
claim. The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Tarvik_glacier.txt": (
        "Tarvik glacier",
        "Air temperatures at the Tarvik weather mast rose by 0.31 °C/decade between 1962 "
        "and 2014, one of the fastest rises recorded in the range.",
        "The tongue has retreated about 2 km since the mast was built.",
        "Its meltwater feeds the Orvan river."),
    "Selby_plateau.txt": (
        "Selby plateau",
        "On the Selby plateau, soil temperatures warm at a slightly faster rate in summer (about "
        "0.44 °C/decade) than in winter (0.05 °C/decade), the survey found.",
        "Lichens cover most of its exposed rock.",
        "Snow lies for about seven months of the year."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # a rounded figure, its scale as a word and "per" against "°C/decade"
    "Temperatures at the Tarvik weather mast rose by about 0.3 degrees Celsius per "
    "decade between 1962 and 2014.",
    # the sign as the sentence writes it, and "per" against the slash
    "Temperatures at the Tarvik weather mast rose by about 0.3 °C per decade between 1962 "
    "and 2014.",
])
def test_unit_written_otherwise_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another period: ten times the rate
    "Temperatures at the Tarvik weather mast rose by about 0.3 degrees Celsius per "
    "year between 1962 and 2014.",
    # another scale
    "Temperatures at the Tarvik weather mast rose by about 0.3 degrees Fahrenheit "
    "per decade between 1962 and 2014.",
    # another figure of the same unit
    "Temperatures at the Tarvik weather mast rose by about 0.6 degrees Celsius per "
    "decade between 1962 and 2014.",
    # the other season's rate: a unit two figures share tells neither's role
    "Soil temperatures on the Selby plateau warm by about 0.4 degrees Celsius per decade in "
    "winter.",
])
def test_other_rate_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"



# (2) a country the title names by its demonym ("2019 Norvish floods"): the claim names the
# country, the sentence leaves it to the title (`headings.names_headed`); invented country
# names are not in the demonym table, so the test uses a real one with invented events
TITLED = {
    "Chilean_drought.txt": (
        "2031 Chilean drought",
        "In 2029, 412 wells ran dry in the northern valleys.",
        "Rationing began in the capital in March."),
}


@pytest.fixture(scope="module")
def titled(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("titled"), TITLED)


def test_country_left_to_the_title_by_its_demonym(titled):
    claim = "In 2029, 412 wells in Chile ran dry in the northern valleys."
    assert check(titled, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another country, which the title does not name
    "In 2029, 412 wells in Peru ran dry in the northern valleys.",
    # the title lends the country, not the figure
    "In 2029, 512 wells in Chile ran dry in the northern valleys.",
])
def test_title_lends_only_its_country(titled, claim):
    assert check(titled, claim).verdict != "supported"


# (3) one noun compound written closed in one text and as two words apart in the other
# (`qa.claims.spaced_compounds`)
SPELLED = {
    "Drava_basin.txt": (
        "Drava basin",
        "A long heat wave in July 2033 dried out the peat bogs of the upper Drava basin.",
        "The basin's rainforests were cleared for pasture by 1900.",
        "Sawmills closed in the valley after 1950."),
}


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("spelled"), SPELLED)


@pytest.mark.parametrize("claim", [
    # the claim's closed compound, the sentence's two words
    "A heatwave dried out the Drava peat bogs in July 2033.",
    # the claim's two words, the sentence's closed compound
    "Rain forests in the Drava basin were cleared for pasture.",
])
def test_compound_spelled_otherwise_is_supported(spelled, claim):
    assert check(spelled, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another compound of one of the words
    "A cold wave dried out the Drava peat bogs in July 2033.",
    # two words the sentence's compound does not spell
    "Rain fields in the Drava basin were cleared for pasture.",
])
def test_other_compound_is_not_supported(spelled, claim):
    assert check(spelled, claim).verdict != "supported"
