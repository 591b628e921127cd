"""A capital names its state's government where it acts, never where it only qualifies a
noun or is a place (round 65, branch capital69).

A capital opening a claim was read as no name, so "Lima signed the accord" named no actor
and a sentence telling an accord named for the city, signed by other parties, supported it
(`facts.first_named`, `capital_acting`). A claim naming two governments by their adjectives
was called contradicted by a sentence naming the first by its capital, the second's noun
read as the first's, swapped (`claim_owns_too`).

Invented sentences; real capitals, since the capitals table holds real ones."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "In May 2029 the fishing cooperatives and the coastal guilds signed the Lima accord on "
    "anchovy quotas, ending two years of disputes over the northern banks.",
    "The talks were hosted by the port authority in Quito with support from Santiago.",
    "Hopes for the northern quota deal faded in June, when Norway announced that its trawlers "
    "would leave the banks. Oslo warns that the Chilean ministry has become obstructive; it "
    "also considers Santiago\u2019s tender for the new trawlers wasteful.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("capital69"), "Quotas", TEXTS)


@pytest.mark.parametrize("claim", [
    # a capital opening the claim acts; in the sentence it only names the accord
    "Lima signed an accord on anchovy quotas in May 2029.",
    # the capital only a place in the sentence
    "Quito hosted the talks with support from Santiago.",
])
def test_a_capital_acting_is_not_stated_by_a_capital_qualifying(check, claim):
    assert check(claim)["verdict"] != "supported"


def test_two_governments_by_their_adjectives_are_no_swapped_owners(check):
    assert check("The Norwegian ministry warns that the Chilean ministry has become "
                 "obstructive.")["verdict"] != "contradicted"


def test_the_deed_of_the_parties_stays_supported(check):
    assert check("The fishing cooperatives and the coastal guilds signed an accord on "
                 "anchovy quotas in May 2029.")["verdict"] == "supported"


def test_a_capital_acting_in_both_stays_supported(check):
    assert check("Oslo considers Santiago\u2019s tender for the new trawlers "
                 "wasteful.")["verdict"] == "supported"


def test_another_capital_acting_stays_unsupported(check):
    # near miss: another government in the sentence's capital's place
    assert check("Canberra warns that the Chilean ministry has become obstructive."
                 )["verdict"] != "supported"


def test_another_government_by_its_adjective_stays_unsupported(check):
    # near miss: the sentence's capital is Norway's, the claim's warning Peru's
    assert check("The Peruvian ministry warns that the Chilean ministry has become "
                 "obstructive.")["verdict"] != "supported"
