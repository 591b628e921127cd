"""False claims called not_found (issue 14, round 39): a sentence that conflicts with the claim
on a value and states the claim's past verb or phrasal verb in other words (a WordNet
paraphrase, a phrasal verb's single verb, either way) states the claim's event
(`qa.claims.predicate_kin`). The corpus is invented: a river pilot service and its board."""
import pytest

from qa.claims.facts import parse
from qa.claims.predicate_kin import kin_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "Then, on 3 May 2011, TARPO was replaced by a river pilot service: the Estuary Pilot "
    "Service (ESTRA).",
    "When the river board authorized the deployment of the night pilots in March 2016, "
    "the harbour was still closed.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # "took over from" / "was replaced by": the phrasal verb's single verb "usurp",
    # which WordNet's "replace" paraphrases
    ("ESTRA took over from TARPO on 3 May 2014.", "contradicted"),
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
    # the sentence's word by a form WordNet derives from it ("the authorization")
    ("The board approved the pilots.", "The board's authorization of the pilots.", {"approv"}),
    # only a past verb of the event: a noun or a present form is no predicate reworded
    ("The expulsion of the envoy.", "They banished the envoy.", set()),
    ("The board approves the pilots.", "The board authorized the pilots.", set()),
    # the claim's own word is no kin; an unrelated word states nothing
    ("The board approved the pilots.", "The board approved the pilots.", set()),
    ("The board approved the pilots.", "The board painted the pilots.", set()),
])
def test_kin_terms(claim, sentence, expected):
    found = kin_terms(parse(claim, VOCAB), parse(sentence, VOCAB))
    assert set(found) == expected


def test_every_word_reads_nouns_too():
    # where a lone date is weighed, a noun's kin counts too ("change" / "altering")
    claim = parse("Its one change to the timetable came later.", VOCAB)
    sentence = parse("The board disliked altering the timetable.", VOCAB)
    assert kin_terms(claim, sentence) == frozenset()
    assert kin_terms(claim, sentence, every_word=True) == {"chang"}
