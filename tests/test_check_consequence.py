"""A claim's closing clause of consequence (`qa.claims.consequence`) is left out of the rest a
sentence contradicting its main statement must state: the consequence is most often reversed
along with it."""
import pytest

from qa.claims.consequence import consequence_terms
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("claim, words", [
    ("Most fishermen on the island speak Dutch, which made the inspectors' work easier.",
     {"made", "inspectors", "work", "easier"}),
    ("The ferry ran twice a day, so the market stayed busy.", {"market", "stayed", "busy"}),
    ("The storm closed the port, forcing the fleet south.", {"forcing", "fleet", "south"}),
    # a relative clause that describes a noun, or one in the middle: no consequence
    ("The harbour board, which was founded in 1950, closed the pier.", set()),
    ("The board closed the pier, which was built in 1950.", set()),
    ("The board closed the pier in May.", set()),
])
def test_the_closing_clause_of_consequence(claim, words):
    expected = {t for w in words for t in VOCAB.analyzer.terms(w)}
    assert consequence_terms(parse(claim, VOCAB)) == expected


TEXTS = ["Relatively few fishermen on the island speak Dutch, complicating the relationship "
         "between the port inspectors and the crews."] + OTHER_TOPICS


def test_a_main_statement_reversed_contradicts_whatever_its_consequence(tmp_path):
    check = checker(tmp_path, "Island", TEXTS)
    payload = check("Most fishermen on the island speak Dutch, which made the port inspectors' "
                    "work with the crews easier.")
    assert payload["verdict"] == "contradicted", payload
    # the main statement as the sentence has it: no conflict there, none from the consequence
    payload = check("Relatively few fishermen on the island speak Dutch, which made the port "
                    "inspectors' work with the crews harder.")
    assert payload["verdict"] != "contradicted", payload
