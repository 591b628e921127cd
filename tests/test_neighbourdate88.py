"""A date a neighbouring sentence or clause gives an event by a relative phrase (round 81,
branch neighbourdate88). Invented texts.

"On 12 March 2035 the dyke union met the mayor, and the next day the union called off its
strike" dates the calling off 13 March: a span of one told without a figure ("the next day",
"the day after X") places its event as "a day later" does (`offset_events.one_unit_offsets`).
"The orchard board adopted its charter on 20 April 2033, the day after the growers elected a
new chair" dates the election 19 April, which the start code set against the 20th. A date a
sentence reckons from the one before ("Four days later, ...": `qa.claims.reckoned`) is one
date, its year on its month's words (`intervals.find_dates`), so it anchors the next
sentence's offset in turn and dates its event for a span the claim states between two
sentences far apart (`qa.claims.dated_apart`). Guards: an undated sentence between, a
paragraph break, an offset in the anchor's own clause, "the following year's budget".
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.intervals import dates
from qa.claims.reckoned import with_reckoned_dates
from qa.claims.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def chronicle(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("chronicle")
    docs = root / "docs"
    docs.mkdir()
    (docs / "orvane.txt").write_text("\n\n".join([
        "Chronicle of Orvane",
        "On 3 May 2031 the harbour council of Orvane voted to close the eastern quay.",
        "The quay had served the salt trade for forty years.",
        "On 20 May 2031 the mayor of Orvane toured the fish market. Four days later, the dock "
        "board of Orvane resigned in protest. Two days later, the ferry guild of Orvane "
        "elected a new master.",
        "On 12 March 2035 the dyke union of Orvane met the mayor, and the next day the dyke "
        "union called off its strike.",
        "The orchard board of Orvane adopted its charter on 20 April 2033, the day after the "
        "apple growers elected a new chair.",
        "On 4 May 2034 the wardens of Orvane set the agenda for the next day.",
        "The assembly of Orvane passed the following year's budget on 2 May 2036.",
        "The salt guild reached Orvane in March 2037. The talks were held behind closed "
        "doors. A month after that, the talks with the salt guild collapsed.",
        "The lighthouse keepers of Orvane struck in August 2038.",
        "A week later, the pilot association of Orvane suspended night crossings.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(chronicle, claim):
    return check(chronicle, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "The dyke union of Orvane called off its strike on 13 March 2035.",
    "The apple growers elected a new chair on 19 April 2033.",
    # a date reckoned from a reckoned date: 20 May, four days, then two more
    "The ferry guild of Orvane elected a new master on 26 May 2031.",
])
def test_a_span_of_one_or_a_chained_offset_dates_the_placed_event(chronicle, claim):
    assert verdict(chronicle, claim) == "supported"


@pytest.mark.parametrize("claim", [
    "The dyke union of Orvane called off its strike on 12 March 2035.",
    "The apple growers elected a new chair on 17 April 2033.",
    "The ferry guild of Orvane elected a new master on 24 May 2031.",
])
def test_another_date_for_the_placed_event_is_contradicted(chronicle, claim):
    assert verdict(chronicle, claim) == "contradicted"


def test_a_true_date_of_the_placed_event_is_no_conflict(chronicle):
    # the start code read the charter's 20 April against the election's 19 April
    result = check(chronicle, "The apple growers elected a new chair on 19 April 2033.")
    assert not any(e.stance.value == "contradicts" for e in result.evidence)


@pytest.mark.parametrize("claim", [
    "The dock board of Orvane resigned three weeks after the harbour council of Orvane voted "
    "to close the eastern quay.",
])
def test_a_span_between_sentences_reads_a_reckoned_date(chronicle, claim):
    result = check(chronicle, claim)
    assert result.verdict.value == "supported"
    assert len(result.evidence) == 2


def test_a_span_the_reckoned_date_refutes_is_contradicted(chronicle):
    result = check(chronicle, "The dock board of Orvane resigned two weeks after the harbour "
                              "council of Orvane voted to close the eastern quay.")
    assert result.verdict.value == "contradicted"
    assert "Four days later" in result.evidence[0].conflicts[0].source


@pytest.mark.parametrize("claim, expected", [
    # the dated event itself keeps its date
    ("The dyke union of Orvane met the mayor on 12 March 2035.", "supported"),
    ("The orchard board of Orvane adopted its charter on 20 April 2033.", "supported"),
    # the offset in the anchor's own clause places nothing else
    ("The wardens of Orvane set the agenda on 4 May 2034.", "supported"),
    ("The assembly of Orvane passed the budget on 2 May 2036.", "supported"),
    # an undated sentence between: "after that" counts from it, which has no date
    ("The talks with the salt guild collapsed in April 2037.", "not_found"),
    ("The talks with the salt guild collapsed in June 2037.", "not_found"),
    # a paragraph break before the offset: no anchor
    ("The pilot association of Orvane suspended night crossings in August 2038.", "not_found"),
])
def test_guards(chronicle, claim, expected):
    assert verdict(chronicle, claim) == expected


def test_a_reckoned_date_is_one_date(chronicle):
    vocab = Vocabulary(chronicle.analyzer)
    first, second = (parse(text, vocab) for text in (
        "On 20 May 2031 the mayor toured the market.",
        "Four days later, the dock board resigned."))
    reckoned = with_reckoned_dates([first, second])[1]
    assert [when[1:] for when in dates(reckoned)] == [(24, 5, 2031)]
