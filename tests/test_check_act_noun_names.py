"""A sentence that drops its article opens on a noun of act ("Lifting of ECOWAS sanctions",
"Withdrawal of MINUSMA"): its capital marks the sentence's start, not a name, so the name is
what follows "of" (`facts.act_noun`), and the act is a word the evidence must state. Names
that are names ("Bank of England", "Republic of Mali") and mid-sentence capitals keep their
first word."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, names", [
    ("Lifting of ECOWAS sanctions against Mali was welcomed.", ["ECOWAS", "Mali"]),
    ("Withdrawal of MINUSMA was completed in December 2023.", ["MINUSMA"]),
    ("Deployment of UN peacekeepers began in July 2013.", ["UN"]),
    ("Bank of England raised its rates.", ["Bank of England"]),
    ("Republic of Mali signed the accord.", ["Republic of Mali", "Mali"]),
    ("Department of Peacekeeping Operations had a small team.",
     ["Department of Peacekeeping Operations"]),
])
def test_a_noun_of_act_first_is_no_part_of_a_name(text, names):
    assert [m.text for m in parse(text, VOCAB).mentions if m.family == "name"] == names


@pytest.fixture(scope="module")
def fees(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "With the NPA's imposition of new fees on ferries in January 2021, traffic at the east "
        "quay fell further down the list of the board's concerns.")


def test_the_act_must_be_stated(fees):
    claim = ("Lifting of NPA fees on ferries in January 2021 pushed traffic at the east quay "
             "higher in the list of the board's concerns.")
    assert check(fees, claim).verdict != "supported"
