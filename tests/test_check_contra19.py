"""False claims called not_found (issue 14, round 39): a conflicting sentence that states the
claim's predicate in other words, a WordNet paraphrase, a phrasal verb's single verb or a
form derived from one, states the claim's event (`qa.claims.predicate_kin`). The corpus is
invented: a river pilot service, its councils and its boats."""
import pytest

from qa.claims.facts import parse
from qa.claims.predicate_kin import kin_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "On 3 May 2011, the Tarrow pilot office was replaced by the Estuary Pilot Service.",
    "When the river board authorized the deployment of the night pilots in March 2016, "
    "the harbour was still closed.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # "took over from" / "was replaced by": the phrasal verb's single verb "usurp",
    # which WordNet's "replace" paraphrases
    ("The Estuary Pilot Service took over from the Tarrow pilot office on 3 May 2014.",
     "contradicted"),
    ("The Estuary Pilot Service took over from the Tarrow pilot office on 3 May 2011.",
     "supported"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Pilots", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("claim, sentence, expected", [
    # a paraphrase, any form of it ("approved" / "authorized")
    ("The board approved the pilots.", "The board authorized the pilots.", {"approv"}),
    # a phrasal verb's single verb, either way
    ("The council kicked out the envoy.", "The council expelled the envoy.", {"kick"}),
    ("The council expelled the envoy.", "The council kicked out the envoy.", {"expel"}),
    # a form derived from the claim's word, then paraphrased ("the expulsion" -> expel)
    ("The expulsion of the envoy.", "They banished the envoy.", {"expuls"}),
    # the claim's own word is no kin; an unrelated word states nothing
    ("The board approved the pilots.", "The board approved the pilots.", set()),
    ("The board approved the pilots.", "The board painted the pilots.", set()),
])
def test_kin_terms(claim, sentence, expected):
    found = kin_terms(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert set(found) == expected
