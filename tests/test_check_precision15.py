"""Wrong supports turned into contradictions, on sentences written here: a cause told the
other way round ("the port closed because the strike began" / "the closure of the port led
the dockers to strike"), read as the order of two events, since a cause comes first."""
import pytest

from qa.claims.clauses import crossed_clauses
from qa.claims.facts import parse
from qa.claims.opposition import passive_agent_replaced
from qa.claims.sequence import causal_sign, reversed_order
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def reversed_pair(claim: str, sentence: str):
    found = reversed_order(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("text, word, sign", [
    ("The port closed because the dockers went on strike.", "because", 1),
    ("The port closed due to the strike.", "due", 1),
    ("The delays resulted from the storm.", "resulted", 1),
    ("The delays resulted in higher fares.", "resulted", -1),
    ("The storm caused long delays.", "caused", -1),
    ("The delays were caused by the storm.", "caused", -1),  # the passive: `direction` turns it
    ("The strike led to the closure of the port.", "led", -1),
    ("The strike led the council to close the port.", "led", -1),
    ("The talks paved the way for a ceasefire.", "paved", -1),
    # no cause: a leader, a verb with no "to" in its clause
    ("The mission led by the navy reached the port.", "led", 0),
    ("The navy led, and the port followed.", "led", 0),
    ("The pilots were due in May.", "due", 0),
])
def test_words_of_cause(text, word, sign):
    parsed = parse(text, VOCAB)
    token = next(t for t in parsed.tokens if t.word == word)
    assert causal_sign(parsed, token) == sign


@pytest.mark.parametrize("claim, sentence, pair", [
    ("The guild raised its fees because the council had cut the harbour subsidy.",
     "The guild's decision to raise its fees led the council to cut the harbour subsidy.",
     ("because", "led")),
    ("The ferry company signed the harbour lease only after the regional vote had taken place.",
     "The signing of the harbour lease by the ferry company paved the way for the regional "
     "vote.", ("after", "paved")),
    ("The harbour flooded because the dyke failed.",
     "The flooding of the harbour caused the dyke to fail.", ("because", "caused")),
])
def test_a_cause_told_the_other_way_round(claim, sentence, pair):
    assert reversed_pair(claim, sentence) == pair


@pytest.mark.parametrize("claim, sentence", [
    # the same order, told by another word
    ("The guild raised its fees because the council had cut the harbour subsidy.",
     "The council's cut to the harbour subsidy led the guild to raise its fees."),
    ("The harbour flooded because the dyke failed.",
     "The failure of the dyke caused the harbour to flood."),
    ("The harbour flooded after the dyke failed.", "The dyke failure led to the flooding of the harbour."),
    # the object of "due to" ends at the next word of cause: the levy, not the fees, is
    # what the subsidy cut was due to, and the fees came after the cut
    ("The guild raised its fees after the council cut the harbour subsidy.",
     "The council's cut to the harbour subsidy due to the levy led the guild to raise its fees."),
    # a cause foreseen, under a modal, orders no two events
    ("The dyke failed after the harbour flooded.",
     "Engineers predicted how far the harbour would flood due to the dyke failing."),
    # a leader is no cause
    ("The harbour flooded because the dyke failed.",
     "The repairs to the dyke, led by the harbour board, failed."),
])
def test_the_same_cause(claim, sentence):
    assert not reversed_pair(claim, sentence)


def test_a_reversed_cause_contradicts(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "The guild's decision to raise its fees led the council to cut the harbour subsidy, "
        "which angered the ferry crews.",
        "Grain prices at the harbour rose after the floods."])
    result = check("The guild raised its fees because the council had cut the harbour subsidy.")
    assert result["verdict"] == "contradicted"
    result = check("The guild's decision to raise its fees led the council to cut the harbour "
                   "subsidy.")
    assert result["verdict"] == "supported"


@pytest.mark.parametrize("claim, crossed", [
    # the pilots' clause has one word found ("countryside" said otherwise): its home
    ("Most pilots were posted out in the countryside while armed smugglers spread in the towns.", True),
    ("Most pilots were posted out in the towns while armed smugglers spread in the countryside.", False),
])
def test_a_clause_at_home_by_its_one_word(claim, crossed):
    sentence = parse("While most pilots were stationed in towns, armed smugglers multiplied in rural "
                     "districts near the harbour.", VOCAB)
    assert crossed_clauses(parse(claim, VOCAB), sentence, VOCAB) == crossed


@pytest.mark.parametrize("claim, pair", [
    ("The Harbour Forum was launched by Portugal.", ("Portugal", "Spain")),
    ("The Harbour Forum, a body launched by Italy, met in May.", ("Italy", "Spain")),
    ("The Harbour Forum was launched by Spain.", None),
    ("The Harbour Forum was launched by the Spanish Ministry of Trade.", None),  # not "Spain"
    ("Portugal launched the Harbour Forum.", None),  # active: `agent_replaced` reads it
])
def test_another_agent_of_the_claims_passive(claim, pair):
    sentence = parse("The guild worked with the Harbour Forum, a body launched by Spain's "
                     "Ministry of Trade that comprised Spain, Portugal, Italy and the Fisheries Office.", VOCAB)
    found = passive_agent_replaced(parse(claim, VOCAB), sentence, VOCAB)
    assert (found and (found[0].text, found[1].text)) == pair


def test_another_agent_contradicts(tmp_path):
    check = checker(tmp_path, "Forum", [
        "The guild worked with the Harbour Forum, a body launched by Spain that comprised "
        "Spain, Portugal, Italy and the Fisheries Office.",
        "Grain prices at the harbour rose after the floods."])
    assert check("The Harbour Forum was launched by Portugal.")["verdict"] == "contradicted"
    assert check("The Harbour Forum was launched by Spain.")["verdict"] == "supported"


@pytest.mark.parametrize("text, name", [
    ("Lincoln had roughly 300 pilots in the harbour.", "Lincoln"),  # a proper noun first
    ("Bamako had roughly 300 pilots in the harbour.", "Bamako"),  # a capital: a name (its
    # government where it acts, `capital_state`; round 65, branch capital69)
    ("Pilots had roughly 300 boats in the harbour.", None),  # a common noun first
    ("China had roughly 300 pilots in the harbour.", "China"),  # a country, as before
])
def test_a_proper_noun_first_in_its_sentence_is_a_name(text, name):
    names = [m.text for m in parse(text, VOCAB).mentions if m.family == "name"]
    assert (names[0] if names and text.startswith(names[0]) else None) == name


def test_a_proper_noun_first_must_be_in_the_passage(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "By May the harbour had only 300 pilots and roughly 1,000 civilian staff deployed.",
        "Grain prices at the harbour rose after the floods."])
    assert check("Lincoln had roughly 1,000 staff deployed.")["verdict"] == "not_found"
