"""A claim naming a government by its people's adjective ("The Norwegian government says")
against a sentence where that country's capital acts ("Oslo says"), its country named
elsewhere in the passage (round 68, branch recall73, `qa.claims.capital_for`).

Before: the claim's country counted as an actor the sentence leaves out, and the sentence's
next name (the government the capital speaks of, a company) took its place, so the true claim
was not found or even contradicted. Near misses: the two governments swapped, or another
country's government, stay unsupported.

Invented sentences; real capitals and countries, since the capitals table holds real ones."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "Norway and Denmark share the northern routes. Oslo says the Danish government has become "
    "obstructive over the ferry licences; it also thinks Copenhagen's deal with the Kestrel "
    "Company is unwise.",
    "Portugal has twelve trawlers in the scheme. Lisbon is reportedly negotiating with the port "
    "board in Rotterdam about whether its trawlers will remain in the scheme.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall73"), "Ferry licences", TEXTS)


@pytest.mark.parametrize("claim", [
    "The Norwegian government says the Danish government has become obstructive over the "
    "ferry licences.",
    "Norway's government says the Danish government has turned obstructive over the ferry "
    "licences.",
    "The Portuguese government is reportedly negotiating with the port board about whether "
    "its trawlers will remain in the scheme.",
])
def test_a_government_by_its_acting_capital_is_supported(check, claim):
    assert check(claim)["verdict"] == "supported"


def test_the_government_the_capital_speaks_of_is_no_rival(check):
    # "Oslo ... thinks Copenhagen's deal": no Danish actor in the place of the Norwegian one
    claim = "The Norwegian government says Copenhagen's deal with the Kestrel Company is unwise."
    assert check(claim)["verdict"] != "contradicted"


@pytest.mark.parametrize("claim", [
    # the two governments swapped
    "The Danish government says the Norwegian government has become obstructive over the "
    "ferry licences.",
    # another country's government, whose capital the sentence never names
    "The Swedish government says the Danish government has become obstructive over the ferry "
    "licences.",
    "The Spanish government is reportedly negotiating with the port board about whether its "
    "trawlers will remain in the scheme.",
])
def test_another_government_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim", [
    "The Norwegian government thinks Copenhagen's deal with the Kestrel Company is helpful.",
    "Oslo considers Copenhagen's deal with the Kestrel Company to be sensible.",
])
def test_another_reported_judgement_is_not_supported(check, claim):
    # "thinks ... is unwise": the judgement the claim reports is not the sentence's
    # (`qa.claims.reported_judgement`)
    assert check(claim)["verdict"] != "supported"
