"""A passive's agent the sentence does not give ("was claimed by a rebel splinter group" /
a sentence on the attack that names no one): who did it is a fact of the claim, also where
the agent's head is no plain actor noun ("affiliate", "wing": nouns that are also verbs or
no persons) that `actors.unstated_agent` reads (`actors.agent_unsaid`). Sentences invented
here."""
import pytest

from qa.claims.actors import agent_unsaid
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

ATTACK = ("On 4 May 2018 a car bomb painted in police colours struck the customs post at "
          "Varna, wounding six guards.")


def unsaid(claim: str, sentence: str):
    found = agent_unsaid(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB, frozenset())
    return found and found.word


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The car bomb attack on the customs post at Varna was claimed by a separatist affiliate.",
     ATTACK, "affiliate"),
    ("The customs post at Varna was struck by the armed wing of the movement.", ATTACK, "wing"),
])
def test_fires_when_no_word_of_the_agent_is_stated(claim, sentence, expected):
    assert unsaid(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the agent stated, or its head by another form
    ("The customs post at Varna was struck by a car bomb.", ATTACK),
    ("The guards were wounded by a bomb.", ATTACK),
    # no passive: "by" of a means or a time
    ("The guards travelled by car to Varna.", ATTACK),
    # a pronoun may stand for the agent
    ("The post was attacked by a separatist affiliate.",
     "In May 2018 it attacked the customs post at Varna."),
])
def test_holds_otherwise(claim, sentence):
    assert not unsaid(claim, sentence)


@pytest.mark.parametrize("claim, verdict", [
    ("On 4 May 2018 a car bomb painted in police colours struck the customs post at Varna.",
     "supported"),
    ("The car bomb attack on the customs post at Varna on 4 May 2018 was claimed by a "
     "separatist affiliate.", "not_found"),
])
def test_an_unstated_agent_is_not_supported(tmp_path, claim, verdict):
    assert checker(tmp_path, "Border", [ATTACK] + OTHER_TOPICS)(claim)["verdict"] == verdict
