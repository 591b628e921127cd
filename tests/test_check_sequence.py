"""One reading of the order of two events (`qa.claims.sequence`), used by `compare.reordered`
and `opposition.opposed`: a verb of order ("followed") tells the order even with an adverb
measuring the gap after its object ("two weeks prior"), and a passive turns the sides."""
import pytest

from qa.claims.compare import reordered
from qa.claims.facts import parse
from qa.claims.sequence import direction
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())
BY_VERB = ("The guild's vote in May to close the mill followed a request from the weavers' "
           "union two weeks prior asking for its closure.")
PASSIVE = "The board's closure of the northern pier was followed by the departure of the fishing fleet."


def found(claim: str, sentence: str) -> bool:
    return bool(reordered(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB))


@pytest.mark.parametrize("claim, fires", [
    # "followed" tells the vote later; "two weeks prior" only measures the gap
    ("The guild voted to close the mill two weeks before the weavers' union asked for its "
     "closure.", True),
    ("The guild voted to close the mill two weeks after the weavers' union asked for its "
     "closure.", False),
    ("The weavers' union asked for the mill's closure two weeks before the guild voted to "
     "close it.", False),
])
def test_an_order_told_by_a_verb_with_a_trailing_adverb(claim, fires):
    assert found(claim, BY_VERB) is fires


@pytest.mark.parametrize("claim, fires", [
    # "X was followed by Y": X is the earlier event, as "X before Y" has it
    ("The board closed the northern pier before the fishing fleet departed.", False),
    ("The fishing fleet departed after the board closed the northern pier.", False),
    ("The board closed the northern pier after the fishing fleet departed.", True),
    ("The fishing fleet departed before the board closed the northern pier.", True),
])
def test_a_passive_order_word_against_the_reverse_word(claim, fires):
    assert found(claim, PASSIVE) is fires


def test_an_adverb_after_its_event_orders_nothing_of_its_own():
    # the gap is measured, the order comes from the clause the adverb belongs to
    sentence = parse("The guild voted to close the mill in May; the weavers' union had asked "
                     "for it two weeks earlier.", VOCAB)
    earlier = next(t for t in sentence.tokens if t.word == "earlier")
    assert direction(sentence, earlier, VOCAB) == 0
    assert not found("The guild voted to close the mill two weeks before the weavers' union "
                     "asked for it.", sentence.text)


@pytest.mark.parametrize("text, word, sign", [
    ("The vote came after the petition.", "after", 1),
    ("The vote followed the petition.", "followed", 1),
    ("The vote preceded the petition.", "preceded", -1),
    ("The vote was preceded by the petition.", "preceded", 1),
    ("The vote came prior to the petition.", "prior", -1),
    ("The petition was sent. Two weeks later, the guild voted.", "later", -1),
    ("The vote came earlier than planned.", "earlier", 0),
    ("The guild voted on the following day.", "following", 0),
    # opening its clause: the clause after its object is the later event
    ("Following the petition, the guild voted.", "Following", 1),
])
def test_the_direction_each_word_of_order_reads(text, word, sign):
    parsed = parse(text, VOCAB)
    token = next(t for t in parsed.tokens if t.word == word)
    assert direction(parsed, token, VOCAB) == sign
