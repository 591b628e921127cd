"""Wrong supports kept away, on sentences written here: a verb the sentence denies in the
place of the claim's affirmed verb ("were brought into the agreement" / "the agreement did
not include them"); and a country's adjective after a figure owning it, read against
figures given "respectively"."""
import pytest

from qa.claims.compare import respective_swaps
from qa.claims.facts import parse
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
