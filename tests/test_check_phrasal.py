"""A claim's phrasal verb stated by the single verb a report uses for it (`qa.claims.phrasal`).
The claims are about small corpora written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.phrasal import phrasal_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

REVIEW = ["The audit, sent to the harbour board in May, offered two options: to withdraw the "
          "night ferries and to convert the old pier into a fish market.",
          "The assembly's committee on tariffs met twice before the summer recess."]


@pytest.mark.parametrize("claim, sentence, stated", [
    # the particle after the object, the single verb in another form
    ("The board pulled the night ferries out in May.",
     "In May, the board announced the withdrawal of the night ferries.", {"pull"}),
    ("The board was turning the old pier into a market.",
     "The board will convert the old pier into a market.", {"turn"}),
    ("The council handed the pier over to the guild.",
     "The council transferred the pier to the guild.", {"hand"}),
    # another single verb: not stated
    ("The board pulled the night ferries out in May.",
     "In May, the board added two night ferries.", set()),
    # no particle: no phrasal verb ("pulled" alone is not "withdrew")
    ("The board pulled the night ferries in May.",
     "In May, the board withdrew the night ferries.", set()),
    # the object of a verb the sentence does not state: what was done with it is unstated
    ("The board recommended turning the old pier into a market.",
     "The board offered options, one to convert the old pier into a market.", set()),
    ("The board proposed turning the old pier into a market.",
     "The board proposed to convert the old pier into a market.", {"turn"}),
    # the particle beyond a break belongs to another clause
    ("The board turned, and into the harbour came the ferries.",
     "The board converted the harbour.", set()),
])
def test_phrasal_terms(claim, sentence, stated):
    vocab = vocabulary_for(Analyzer())
    assert set(phrasal_terms(parse(claim, vocab), parse(sentence, vocab), vocab)) == stated


def test_a_phrasal_verb_paraphrased_is_stated_and_another_verb_is_not(tmp_path):
    check_in = checker(tmp_path, "Audit", REVIEW + OTHER_TOPICS)
    payload = check_in("The audit offered the option of pulling the night ferries out.")
    assert payload["verdict"] == "supported" and "pulling" not in payload["unverified"]
    payload = check_in("The audit offered the option of turning the old pier into a market.")
    assert "turning" not in payload["unverified"]
    # another phrasal verb (not one the table gives "withdraw" for) stays unstated
    payload = check_in("The audit offered the option of bringing the night ferries back.")
    assert "bringing" in payload["unverified"]
