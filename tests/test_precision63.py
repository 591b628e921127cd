"""Round 63, precision: the country of a compound of a country and a participle ("the
Danish-led patrol force") is a fact support asks for. Read as one word it named no country, so
a claim on "the Swedish-led Operation Seagull" was supported by a sentence on "the Danish-led
patrol force Operation Seagull" (the name stated by its head), even where a list elsewhere in
the passage named Sweden among the donors. Invented harbour text."""
import pytest

from qa.claims.agent_country import agent_country
from qa.claims.check import check
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Several northern donors, among them Sweden and Finland, paid for new radar masts "
        "along the cape. With the departure of the Danish-led patrol force Operation "
        "Seagull, the coast guard lost fuel and radar support, exposing its crews to even "
        "greater risks.",
        "The fishery board met in April to discuss quotas for the winter season.")


@pytest.mark.parametrize("claim", [
    "When the Swedish-led Operation Seagull left, the coast guard lost fuel and radar support.",
    "When the Swedish-led Operation Seagull pulled out, the coast guard was stripped of fuel "
    "and radar support, leaving its crews even more exposed.",
    "When the Norwegian-led Operation Seagull left, the coast guard lost fuel and radar "
    "support.",
])
def test_another_country_in_the_compound_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_the_compound_as_written_stays_supported(harbour):
    claim = "When the Danish-led Operation Seagull left, the coast guard lost fuel and radar support."
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("word, found", [
    ("Danish-led", ("Danish", "denmark")),
    ("Norwegian-funded", ("Norwegian", "norway")),
    ("French-speaking", None),  # a language, no participle
    ("French-language", None),
    ("Harbour-led", None),  # no country
])
def test_agent_country(word, found):
    assert agent_country(word, VOCAB) == found
