"""A claim's phrase of cause or purpose whose subject or object the sentence replaces with
another thing in the same place ("to manage tourism" / "to manage fishing quotas", "after a
court found" / "after an audit found", "at the request of the ministry" / "at the request of
the guild"): the claim is not supported (`circumstance.circumstance_unstated`). A reworded
phrase, or one the sentence answers with no thing in that place, still supports. Sentences
invented here."""
import pytest

from qa.claims.circumstance import circumstance_unstated
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

COUNCIL = "The Harbour Council was set up in 1998 to manage fishing quotas in the northern bay."
MAYOR = "The mayor of Vell resigned in March 2015 after an audit found irregular payments."
PATROL = "The coastal patrol was expanded in 2019 at the request of the fishermen's guild."
ENVOY = ("The envoy was recalled in May following the selection of a student leader "
         "that addressed the assembly.")


def replaced(claim: str, sentence: str):
    found = circumstance_unstated(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB,
                                  frozenset())
    return found and found.word


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The Harbour Council was set up in 1998 to manage tourism in the northern bay.",
     COUNCIL, "tourism"),
    ("The mayor of Vell resigned in 2015 after a court found irregular payments.",
     MAYOR, "court"),
    ("The coastal patrol was expanded in 2019 at the request of the ministry.", PATROL,
     "ministry"),
    ("The envoy was recalled after a government official addresses the assembly.", ENVOY,
     "official"),
    # done at another's asking, where the sentence gives another cause and no asking (the
    # thesaurus's "call" for "request" is not enough: "a zone called the Shelf")
    ("The coastal patrol was expanded in 2019 at the request of the guild.",
     "The coastal patrol was expanded in 2019 after a series of groundings.", "request"),
    ("The zone called the Shelf was enlarged in 2020 at the request of the port authority.",
     "The patrol zone, called the Shelf, was enlarged in 2020 following a rise in smuggling.",
     "request"),
])
def test_fires_when_the_sentence_puts_another_thing_in_its_place(claim, sentence, expected):
    assert replaced(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the same things, or the claim's thing reworded where the sentence has no other one
    ("The Harbour Council was set up to manage the fishing quotas.", COUNCIL),
    ("The coastal patrol was expanded in 2019 at the request of the fishermen.", PATROL),
    ("The mayor of Vell resigned in 2015 after an audit found irregular payments.", MAYOR),
    # another verb in the phrase: writers reword verbs ("send" / "deploy")
    ("The Harbour Council was set up in 1998 to regulate fishing quotas.", COUNCIL),
    # a modifier, no object's head ("lasting" / "sustainable"); a participle before a noun
    ("The council struggled to reach a lasting settlement.",
     "The council struggled to reach a sustainable settlement."),
    ("Pakistan is set to send armed helicopters to the coast.",
     "Pakistan is set to deploy armed helicopters to the coast."),
    # a gerund's own event, no thing ("consider creating" / "consider the establishment")
    ("The minister asked the council to consider creating a rapid force.",
     "The minister asked the council to consider the establishment of a rapid force."),
    # the asking told by a verb
    ("The coastal patrol was expanded in 2019 at the request of the guild.",
     "The coastal patrol was expanded in 2019 after the guild asked for more boats."),
    ("The coastal patrol was expanded in 2019 at the request of the guild.",
     "The coastal patrol was expanded in 2019, as the guild had requested, after a storm."),
    # a pronoun, then a preposition, after the verb: no object to set against the claim's
    ("The mayor promised to restore the ferry service.",
     "The mayor promised to restore it within a week."),
    # the sentence gives no phrase of the same kind
    ("The mayor of Vell resigned in 2015 after a court found irregular payments.",
     "The mayor of Vell resigned in March 2015; irregular payments were found."),
    # a noun that can be a verb, with a modifier before it ("earlier attacks")
    ("The base stayed in the village after earlier attacks.",
     "The base stayed in the village following previous attacks."),
])
def test_quiet_otherwise(claim, sentence):
    assert replaced(claim, sentence) is None


def test_the_verdict(tmp_path):
    check = checker(tmp_path, "Harbour", [COUNCIL, MAYOR, *OTHER_TOPICS])
    assert check("The mayor of Vell resigned in March 2015 after a court found irregular "
                 "payments.")["verdict"] != "supported"
    assert check("The mayor of Vell resigned in March 2015 after an audit found irregular "
                 "payments.")["verdict"] == "supported"
    assert check("The Harbour Council was set up in 1998 to manage fishing quotas in the "
                 "northern bay.")["verdict"] == "supported"
