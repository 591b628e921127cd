"""Wrong supports kept away, on sentences written here: a verb the sentence denies in the
place of the claim's affirmed verb ("were brought into the agreement" / "the agreement did
not include them"); the claim's verb given by a passive to another named agent (two
sentences read as one: "signed by the guild. However, it was rejected by the union"); and a
country's adjective after a figure owning it, read against figures given "respectively"."""
import pytest

from qa.claims.compare import respective_swaps
from qa.claims.facts import parse
from qa.claims.other_agent import another_agent
from qa.claims.verb_in_place import denied_verb_in_place
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def denied(claim: str, sentence: str):
    found = denied_verb_in_place(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB,
                                 frozenset())
    return found and (found[0].word, found[1].word)


@pytest.mark.parametrize("claim, sentence, pair", [
    ("The pilots were brought into the harbour agreement.",
     "The harbour agreement did not include the pilots.", ("brought", "include")),
    ("The guild brought the pilots into the talks.",
     "The guild did not include the pilots in the talks.", ("brought", "include")),
    ("The board approved the budget in May.",
     "The board did not publish the budget in May.", ("approved", "publish")),
])
def test_a_verb_denied_in_the_claim_verbs_place(claim, sentence, pair):
    assert denied(claim, sentence) == pair


@pytest.mark.parametrize("claim, sentence", [
    # the opposite denied affirms the claim: an antonym, by polarity, a phrasal verb's single
    ("The board approved the budget in May.", "The board did not reject the budget in May."),
    ("The new agreement left out the ferry crews.",
     "The new agreement did not include the ferry crews."),
    # the claim denies its verb too
    ("By March the ferry had still not reached full service.",
     "By March the ferry had not yet reached full service."),
    # another verb in place, affirmed: a paraphrase as often as another event
    ("The board halted the ferry service.", "The board suspended the ferry service."),
    # the denied verb is not in the claim verb's place
    ("The guild brought the pilots into the talks.",
     "The pilots did not attend, though the guild was there."),
])
def test_no_denied_verb_in_place(claim, sentence):
    assert not denied(claim, sentence)


def agent(claim: str, sentence: str):
    found = another_agent(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    return found and (found[0].text, found[1].text)


PAIR = ("The ferry contract was signed by the Harbour Board in May. However, it was "
        "rejected by the Pilots Guild a week later.")


@pytest.mark.parametrize("claim, sentence, found", [
    ("The Harbour Board rejected the ferry contract.", PAIR, ("Harbour Board", "Pilots Guild")),
    # the subject a name with the noun it qualifies
    ("The Norwegian government rejected the ferry contract.",
     "The ferry contract was rejected by the Pilots Guild.", ("Norwegian", "Pilots Guild")),
    # the claim's own subject is the agent
    ("The Pilots Guild rejected the ferry contract.", PAIR, None),
    # no named agent: the sentence leaves who did it unsaid
    ("The Harbour Board rejected the ferry contract.",
     "The ferry contract was rejected in May.", None),
    # the claim's verb is a reduced passive ("a project funded by"), not its subject's deed
    ("The survey was part of a Harbour Board project funded by the Pilots Guild.",
     "The project was funded by the Pilots Guild.", None),
])
def test_a_passive_gives_the_claims_deed_to_another_named_agent(claim, sentence, found):
    assert agent(claim, sentence) == found


@pytest.mark.parametrize("claim, crossed", [
    ("Ghana and Peru sent some 120 Ghanaian and about 300 Peruvian engineers.", True),
    ("Ghana and Peru sent some 300 Ghanaian and about 120 Peruvian engineers.", False),
])
def test_a_country_adjective_after_a_figure_owns_it(claim, crossed):
    sentence = parse("Ghana and Peru sent about 300 and 120 engineers, respectively.", VOCAB)
    assert bool(respective_swaps(parse(claim, VOCAB), sentence, VOCAB)) == crossed


def test_a_verb_denied_in_place_keeps_support_away(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "The pilots asked for higher fees in spring.",
        "The new agreement did not include the ferry crews, who had asked to join the talks.",
        "Grain prices at the harbour rose after the floods."])
    assert check("The ferry crews were brought into the new agreement.")["verdict"] \
        != "supported"
    assert check("The new agreement did not include the ferry crews.")["verdict"] == "supported"
