"""A claim's subject, of which a supporting sentence must state a word
(`qa.claims.subject_head`): a sentence that states what the claim says of another thing does
not support it. The claims are about a small corpus written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.subject_head import subject_words
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

# the subject words of the claims below are common here (and so weigh little), as "water"
# and "levels" are in a corpus on the climate: what the claim says of them is its rare part
HARBOUR = [
    "Along the northern coast, other magnetic phenomena correlate with lunar tides.",
    "The valley's rainfall gauges are too sensitive to changes in the wind over the ridge.",
    "Water levels in the valley were high in May, as satellite models showed.",
    "The water levels of the lake fell after the dam opened, and satellite models missed it.",
    "Satellite models of the water levels were revised in June.",
    "It is too sensitive to changes in the tide over the reef.",
]


@pytest.mark.parametrize("claim, verdicts", [
    # what the claim says, of another thing: the subject unstated (supported without the rule)
    ("Water levels correlate with lunar tides.", {"not_found"}),
    ("Satellite models are too sensitive to changes in the wind over the ridge.",
     {"not_found"}),
    # a word of the subject stated: support, as before
    ("Magnetic phenomena correlate with lunar tides.", {"supported"}),
    ("Rainfall gauges are too sensitive to changes in the wind over the ridge.",
     {"supported"}),
    # a sentence whose subject is a pronoun may stand for the claim's: left to the rest
    ("Satellite models are too sensitive to changes in the tide over the reef.",
     {"supported"}),
])
def test_subject_stated_for_support(tmp_path, claim, verdicts):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    assert check_in(claim)["verdict"] in verdicts


@pytest.mark.parametrize("claim, words", [
    ("River levels correlate with lunar tides.", ["River", "levels"]),
    ("A drop in fishing activity caused the silt.", ["drop", "fishing", "activity"]),
    ("Satellite models are too sensitive.", ["Satellite", "models"]),
    ("In 2010, the harbour piers collapsed.", ["harbour", "piers"]),
    # a pronoun subject: it stands for something named elsewhere
    ("We know the harbour had been open before.", []),
    ("It is a hazard for the oyster beds.", []),
    # a verb reporting a clause: the claim is the clause
    ("Keepers have published strong evidence that the silt is spreading.", []),
    # an opening phrase, no subject before the verb
    ("According to the keepers' own data, most piers were repaired.", []),
    # an actor (often named by its name), a name
    ("The commission was allowed up to twelve boats.", []),
    ("Tarvik terminates the harbour agreement.", []),
    # a figure: what it counts (`tests/test_check_cf14.py`)
    ("Twelve boats were lost in the storm.", ["boats"]),
])
def test_subject_words(claim, words):
    assert [t.word for t in subject_words(parse(claim, VOCAB))] == words
