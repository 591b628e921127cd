"""A phrasal verb of the claim reversed in its place by the antonym of its single verb ("played
down the flood risk" / "exaggerated the flood risk": downplay / overstate), as a word is by its
own antonym (`compare.opposites`). Sentences invented here."""
import pytest

from qa.claims.compare import opposites
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def reversed_by(claim: str, sentence: str):
    found = opposites(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    return found and (found[0].claim, found[0].source)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The mayor played down the flood risk.", "The mayor exaggerated the flood risk.",
     ("played", "exaggerated")),
    ("The mayor played down the flood risk.", "The mayor overstated the flood risk.",
     ("played", "overstated")),
    ("The governor played up the drought damage.", "The governor downplayed the drought damage.",
     ("played", "downplayed")),
])
def test_a_phrasal_verb_is_reversed_by_its_single_verbs_antonym(claim, sentence, expected):
    assert reversed_by(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the same direction in one word
    ("The mayor played down the flood risk.", "The mayor downplayed the flood risk."),
    # the antonym about another thing (not in the verb's place)
    ("The mayor played down the flood risk.",
     "The mayor played down the flood risk, while the press exaggerated the damage."),
])
def test_holds_when_not_reversed_in_place(claim, sentence):
    assert not reversed_by(claim, sentence)


NOTES = ["In April 2018 the mayor of Osterby exaggerated the flood risk along the eastern dykes."] \
    + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("In April 2018 the mayor of Osterby played down the flood risk along the eastern dykes.",
     "contradicted"),
    ("In April 2018 the mayor of Osterby overstated the flood risk along the eastern dykes.",
     "supported"),
])
def test_a_phrasal_verb_reversed_contradicts(tmp_path, claim, verdict):
    assert checker(tmp_path, "Town", NOTES)(claim)["verdict"] == verdict
