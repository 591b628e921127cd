"""A figure given "respectively" to a listed thing that is no name (round 79, lead).

Three helpers of round 79 met wrong supports of one kind: a claim giving a listed item the
figure the sentence gives "respectively" to another. The names' reading pairs only names,
so against "Peat and moss make up 30% and 8% of the bog's mass, respectively" the claim
"Moss makes up 30% of the bog's mass" was supported. Invented texts.
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def bog(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Peat and moss make up 30% and 8% of the Varrow bog's dry mass, respectively.",
        "Since 2004, silting and bank collapse have accounted for 46% and 19% of the lost "
        "depth of the Orsk channel, respectively.",
        "Alder, willow, and birch covered 120, 75 and 40 hectares of the Tarn shore, "
        "respectively, in the 2030 survey.",
        "The Kessel dredger lifted 300 tonnes of silt in May and 280 tonnes in June.",
        "The harbour fund and the river fund received $4 million and $2.5 million, "
        "respectively, in 2031.",
        # names no lexicon knows, the first opening the sentence: read as words all the same
        "Norvik and Velden withdrew 450 and 200 divers, respectively, from the reef posts.",
    )


def verdict(corpus, claim):
    return check(corpus, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Moss makes up 30% of the Varrow bog's dry mass.",
    "Bank collapse has accounted for 46% of the lost depth of the Orsk channel since 2004.",
    "In the 2030 survey, birch covered 120 hectares of the Tarn shore.",
    "Willow covered 40 hectares of the Tarn shore in the 2030 survey.",
    # the items share their head: each is named by the word only it has
    "The river fund received $4 million in 2031.",
    "Velden withdrew 450 divers from the reef posts.",
])
def test_another_items_figure_is_contradicted(bog, claim):
    assert verdict(bog, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    "Peat makes up 30% of the Varrow bog's dry mass.",
    "Moss makes up 8% of the Varrow bog's dry mass.",
    "Silting has accounted for 46% of the lost depth of the Orsk channel since 2004.",
    "In the 2030 survey, willow covered 75 hectares of the Tarn shore.",
    "Birch covered 40 hectares of the Tarn shore in the 2030 survey.",
    "The harbour fund received $4 million in 2031.",
    "Norvik withdrew 450 divers from the reef posts.",
])
def test_each_items_own_figure_is_supported(bog, claim):
    assert verdict(bog, claim) == "supported"


def test_a_claim_naming_both_items_is_left_to_the_other_readings(bog):
    # the claim gives the figures in the sentence's own order: no item is given another's
    assert verdict(bog, "Peat and moss make up 30% and 8% of the Varrow bog's dry mass, "
                        "respectively.") == "supported"


def test_figures_without_respectively_are_no_list(bog):
    # two figures each after its own month: the month reading decides, not the list
    assert verdict(bog, "The Kessel dredger lifted 300 tonnes of silt in May.") == "supported"
