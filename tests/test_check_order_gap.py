"""A span of time before a word of order ("three days before", "Two weeks later,") measures
the gap between two events and belongs to neither (`sequence.gap_start`); a sentence whose
only word of order opens it and points back ("Two weeks later, the board announced ...")
tells one of the claim's two ordered events, so the pair with its neighbour judges the
order (`ordered.order_told_before`); a connective opening the claim ("Two weeks before X,
Y") orders its clause against its object (`sequence.opened_clause`); "this led to" has a
subject, not a determiner; "followed, by about a month, X" is no passive, and X its
object."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.sequence import direction
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 3 May, the ferry company informed the council that it will start withdrawing its "
        "40 boats from the northern route. Two weeks later, the harbour board announced that "
        "its tugs will pull out in the next nine months, sooner than planned.",
        "The lighthouse keepers staged a strike over unpaid wages. Tourists crowded the "
        "beaches of Tarland that summer.")


@pytest.mark.parametrize("claim, verdict", [
    # the order as told, the gap on either side of the word
    ("The harbour board announced its tug withdrawal two weeks after the ferry company "
     "informed the council.", "supported"),
    ("The ferry company informed the council two weeks before the harbour board announced "
     "its withdrawal.", "supported"),
    ("Two weeks after the ferry company informed the council, the harbour board announced "
     "its withdrawal.", "supported"),
    # the order reversed: the board's sentence alone names no first event to be before
    ("The harbour board announced its tug withdrawal two weeks before the ferry company "
     "informed the council.", "contradicted"),
    ("The harbour board announced its withdrawal two weeks before the ferry company informed "
     "the council.", "contradicted"),
    ("The ferry company informed the council two weeks after the harbour board announced its "
     "withdrawal.", "contradicted"),
    ("Two weeks before the ferry company informed the council, the harbour board announced "
     "its withdrawal.", "contradicted"),
])
def test_an_order_with_a_gap_against_a_time_counted_from_the_sentence_before(
        harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


@pytest.mark.parametrize("text, word, sign", [
    # a connective opening its clause orders the clause after its object
    ("Two weeks before the vote, the board met.", "before", -1),
    # ... and closing the sentence it stands between its events, as in "X two weeks before Y"
    ("The board met, two weeks before the vote.", "before", -1),
])
def test_an_opening_connective_orders_its_clause(text, word, sign):
    parsed = parse(text, VOCAB)
    token = next(t for t in parsed.tokens if t.word == word)
    assert direction(parsed, token, VOCAB) == sign


@pytest.fixture(scope="module")
def coast(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "When the rebels advanced on the port in spring, this led to an intervention by the "
        "navy and the deployment of a coastal patrol. The harbour closed for a week.",
        "The lighthouse keepers staged a strike over unpaid wages. Tourists crowded the "
        "beaches of Tarland that summer.")


@pytest.mark.parametrize("claim, verdict", [
    # "this led to": a demonstrative subject, the cause before the verb, the effect after it
    ("The rebels advanced on the port before the navy intervened.", "supported"),
    ("The navy intervened after the rebels advanced on the port.", "supported"),
])
def test_a_cause_told_by_a_demonstrative_subject(coast, claim, verdict):
    assert check(coast, claim).verdict == verdict


def test_a_demonstrative_before_a_verb_of_order_is_its_subject():
    parsed = parse("The rebels advanced, and this led to an intervention.", VOCAB)
    led = next(t for t in parsed.tokens if t.word == "led")
    assert direction(parsed, led, VOCAB) == -1
    following = parse("The deaths in the following months rose.", VOCAB)
    word = next(t for t in following.tokens if t.word == "following")
    assert direction(following, word, VOCAB) == 0


@pytest.fixture(scope="module")
def guild(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The fishing guild angered the dockers in March with a rise in landing fees, in "
        "response to the council's new budget. A month earlier, the dockers had expelled the "
        "guild's delegate from the harbour office.",
        "The lighthouse keepers staged a strike over unpaid wages.")


@pytest.mark.parametrize("claim, verdict", [
    # "followed, by about a month, X": a gap set off by commas, not a passive's agent; its
    # object is the clause after it
    ("The guild's rise in landing fees followed, by about a month, the expulsion of its "
     "delegate from the harbour office.", "supported"),
    ("The expulsion of the guild's delegate from the harbour office followed, by about a "
     "month, the guild's rise in landing fees.", "contradicted"),
])
def test_a_gap_set_off_by_commas_after_a_verb_of_order(guild, claim, verdict):
    assert check(guild, claim).verdict == verdict


def test_a_gap_told_otherwise_is_no_support(harbour):
    # the gap of the claim's two events, told by the pair as another number
    claim = ("The harbour board announced its withdrawal ten days after the ferry company "
             "informed the council.")
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim, verdict", [
    # the board's announcement is the claim's earlier event: the sentence's two weeks are
    # counted to it from another event, and say nothing of the claim's ten days
    ("The port authority closed the northern route ten days after the harbour board "
     "announced its withdrawal.", "not_found"),
    # "X, a month after Y": a connective closing the sentence stands between its events
    ("The harbour board announced its withdrawal, two weeks after the ferry company informed "
     "the council.", "supported"),
])
def test_a_gap_between_other_events_is_no_rival(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict

