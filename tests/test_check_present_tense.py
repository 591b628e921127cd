"""A headline's present tense after a name ("2022: Norway closes its ports") is the claim's
deed, read as a past form is (`qa.claims.present_tense`, `predicate.unstated_event`).
Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.present_tense import present_after_name
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In January 2022, the Northern League imposed trade sanctions on Norway in response "
        "to its postponed elections.",
        "The ferry operator added a second night crossing to Osterholm in 2019.",
        "Dredging of the outer channel was completed in March 2020.")


def test_another_deed_in_the_present_is_not_support(harbour):
    claim = "Jan. 2022: Norway shuts its harbours to the Northern League in response to " \
            "trade sanctions."
    assert check(harbour, claim).verdict != "supported"


def test_the_same_deed_in_the_present_is_support(harbour):
    claim = "Jan. 2022: Northern League imposes trade sanctions on Norway over postponed " \
            "elections."
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim, word, expected", [
    ("2022: Norway closes its ports.", "closes", True),
    ("In June the Council votes to end the mission.", "votes", True),
    ("Council votes to end the mission.", "votes", False),  # any word opens a claim capitalised
    ("Government forces entered the town.", "forces", False),  # a noun pair
    ("The Norway press reported it.", "press", False),
    ("UN figures blamed the army.", "figures", False),  # a noun, then its verb
])
def test_present_after_name(claim, word, expected):
    parsed = parse_text(claim, vocabulary_for(Analyzer()))
    n = next(i for i, t in enumerate(parsed.tokens) if t.word == word)
    assert present_after_name(parsed, n) is expected
