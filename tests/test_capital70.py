"""A conflict of actors needs the claim's actor's own role in the same event (round 66, branch
capital70, finishing capital69).

A capital opening a claim is a name now (`facts.first_named`, capital69), so such a claim has
an actor to set against the sentence's. Two readings set the wrong one against it:
- the party a verb acts on, before a clause with a subject of its own ("notified the UN in
  May that it will begin recalling"), was taken as the clause's actor by a shared word after it
  (`role_link.tied_alike`) or by its side of the shared verb (`sides.sides_of_verb`):
  `told_party`;
- a name after an opening adverb ("First, Norway has delayed ..., suspending") was read as an
  item of a list between two commas (`listed.item`);
- a list of countries ("Ghana and Finland announced") owning the claim's verb was read as owned
  by its last item alone, though the claim names that list's other item by its capital
  (`opposition.listed_before`).

Invented sentences; real capitals and countries, since the capitals table holds real ones."""
import pytest

from qa.claims.compare import same_role
from qa.claims.facts import parse
from qa.claims.listed import subject_listed
from qa.claims.sides import placed_alike
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TOLD = "Portugal notified the UN on 4 March that it will begin recalling its 300 engineers."


def names(claim, sentence, mine, theirs):
    c, s = parse(claim, VOCAB), parse(sentence, VOCAB)
    a = next(m for m in c.mentions if m.text == mine)
    b = next(m for m in s.mentions if m.text == theirs)
    return c, a, s, b


@pytest.mark.parametrize("claim", [
    "Lisbon recalled its 300 engineers from the task force in March.",
    "Lisbon made its recall of engineers official in March.",
])
def test_the_party_told_is_not_the_actor_of_the_clause_after_it(claim):
    # the UN is told; "it" (Portugal) recalls: the UN holds no role of the claim's actor
    c, a, s, b = names(claim, TOLD, "Lisbon", "UN")
    assert not same_role(c, a, s, b, VOCAB)
    assert not placed_alike(c, a, s, b, VOCAB)


@pytest.mark.parametrize("sentence", [
    # the actor itself, before the verb
    "In March, Norway recalled its 300 engineers from the task force.",
    # the subject of a clause of its own: the pronoun is most often its own
    "In March, Norway said it would recall its 300 engineers from the task force.",
])
def test_an_actor_of_the_same_deed_keeps_the_role(sentence):
    c, a, s, b = names("Denmark recalled its 300 engineers from the task force.", sentence,
                       "Denmark", "Norway")
    assert same_role(c, a, s, b, VOCAB) or placed_alike(c, a, s, b, VOCAB)


TEXTS = [
    "The UN naval task force has lost several of its contributors this year.",
    "Earlier in 2030, Ghana and Finland announced plans to quit the force by late 2031, "
    "recalling about 120 and 80 sailors, respectively.",
    *OTHER_TOPICS]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("capital70"), "Task force", TEXTS)


def test_two_capitals_name_the_list_of_their_countries(check):
    # the list owns "announced"; Accra is Ghana's government, not a rival of Finland
    claim = "Helsinki and Accra announced plans to quit the task force by late 2031."
    assert check(claim)["verdict"] == "supported"


def test_a_capital_of_a_country_outside_the_list_is_not_supported(check):
    claim = "Helsinki and Nairobi announced plans to quit the task force by late 2031."
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("claim, sentence, listed", [
    # a name after an opening adverb, the subject of its clause: no list item
    ("Norway stopped the ferry rotations for a fortnight.",
     "First, Norway has delayed the ferry rotations, halting them for a fortnight in May.",
     False),
    # near miss: an item between two commas of a list of names stays one
    ("Norway stopped the ferry rotations for a fortnight.",
     "Several fleets, Denmark, Norway, and Iceland among them, delayed the ferry rotations.",
     True),
])
def test_a_subject_after_an_opening_adverb_is_no_list_item(claim, sentence, listed):
    assert subject_listed(parse(claim, VOCAB), parse(sentence, VOCAB)) == listed
