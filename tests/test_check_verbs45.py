"""A general verb in the place of the claim's verb, of which the claim's verb and its opposite
are both kinds (round 45): "emphasized the risks" does not state "played down the risks",
"numbers changed" does not state that they increased, "the panel judged the request" does not
state that it accepted it. The sentences are written here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "towns.md": "# Regional notes\n\n"
                "The transport office emphasized the risks of the new night line in its 2022 "
                "report.\n\n"
                "In 2021, the number of visitors to the Kessel museum changed sharply after the "
                "bridge closed.\n\n"
                "The appeals panel judged the fishermen's request for compensation in March "
                "2023.\n\n"
                "Security in the northern valley changed markedly after the militia's arrival "
                "in 2020.\n\n"
                "The governor downplayed the scale of the flooding in a radio interview.\n\n"
                "The regional bank lowered its interest rate to 2 percent in April 2020.\n",
}


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    return open_written(tmp_path_factory, "verbs45", DOCS)


@pytest.mark.parametrize("claim", [
    "The transport office played down the risks of the new night line in its 2022 report.",
    "The transport office downplayed the risks of the new night line in its 2022 report.",
    "Visitor numbers at the Kessel museum increased sharply in 2021 after the bridge closed.",
    "The number of visitors to the Kessel museum decreased sharply in 2021.",
    "In March 2023 the appeals panel accepted the fishermen's compensation request.",
    "Security in the northern valley improved markedly after the militia arrived in 2020.",
    "Security in the northern valley worsened markedly after the militia's arrival in 2020.",
])
def test_a_general_verb_of_both_sides_states_neither(towns, claim):
    assert check(towns, claim).verdict == "not_found"


@pytest.mark.parametrize("claim", [
    "The number of visitors to the Kessel museum changed sharply in 2021.",
    "The governor played down the scale of the flooding in a radio interview.",
    "The governor minimized the scale of the flooding in a radio interview.",
    "The regional bank reduced its interest rate to 2 percent in April 2020.",
    "The transport office stressed the risks of the new night line in its 2022 report.",
])
def test_the_verb_itself_or_its_paraphrase_still_supports(towns, claim):
    assert check(towns, claim).verdict == "supported"
