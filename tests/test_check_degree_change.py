"""A change told by a verb of change and a noun ("reduced the islanders' reliance on the
ferry") against a sentence telling the noun's own verb with an adverb of degree the other
way ("the islanders have relied less on the ferry", "the town was further exposed"):
contradicted (`degree_change.degree_reversed`). The same way, it still supports. Sentences
invented here."""
import pytest

from qa.claims.degree_change import degree_reversed
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

DAM = "After the dam was removed in 2018, the lower town was further exposed to spring floods."
RAIL = "Since the new rail link opened, the islanders have relied less on the ferry."
FUEL = ("The fleet became increasingly dependent on imported fuel after the refinery closed "
        "in 2016.")


def reversed_words(claim: str, sentence: str):
    found = degree_reversed(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, expected", [
    ("Removal of the dam reduces the lower town's exposure to spring floods.", DAM,
     ("reduces", "further")),
    ("The new rail link increased the islanders' reliance on the ferry.", RAIL,
     ("increased", "less")),
    ("The closure of the refinery cut the fleet's dependence on imported fuel.", FUEL,
     ("cut", "increasingly")),
])
def test_reads_the_other_way(claim, sentence, expected):
    assert reversed_words(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    ("Removal of the dam increased the lower town's exposure to spring floods.", DAM),
    ("The new rail link reduced the islanders' reliance on the ferry.", RAIL),
    # the adverb on another thing than the claim's
    ("The new rail link reduced the islanders' reliance on the ferry.",
     "Since the rail link opened, the islanders have travelled more."),
])
def test_quiet_otherwise(claim, sentence):
    assert not reversed_words(claim, sentence)


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Valley", [DAM, RAIL, FUEL, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "2018: Removal of the dam reduces the lower town's exposure to spring floods.",
    "The new rail link increased the islanders' reliance on the ferry.",
])
def test_the_other_way_contradicts(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    "The new rail link reduced the islanders' reliance on the ferry.",
    "After the dam was removed in 2018, the lower town was more exposed to spring floods.",
    "The closure of the refinery in 2016 increased the fleet's dependence on imported fuel.",
])
def test_the_same_way_still_supports(check, claim):
    assert check(claim)["verdict"] == "supported"
