"""Dates a claim gives by pointing back ("on the 25th of that month", "December that year"),
written out before checking; a span between two dates hedged from one side ("a little over two
months") kept to that side; and the hedge's "little", which grades a figure, read as no word
with antonyms ("little" / "extension")."""
import pytest

from qa.claims.dated_back import dated_back
from qa.claims.facts import parse
from qa.claims.intervals import fits
from qa.claims.opposition import opposed
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("claim, written", [
    ("The board renewed the lease in June 2014, signing it on the 25th of that month.",
     "The board renewed the lease in June 2014, signing it on 25 June 2014."),
    ("The board met in March and voted on the 3rd of the same month.",
     "The board met in March and voted on 3 March."),
    ("The pier closed on May 30, 2021 and reopened in October that year.",
     "The pier closed on May 30, 2021 and reopened in October 2021."),
    ("The guild was founded in 1990 and in that year it hired a clerk.",
     "The guild was founded in 1990 and in 1990 it hired a clerk."),
    # nothing before the pointer to resolve it against: left as written
    ("On the 3rd of that month the pier closed.", "On the 3rd of that month the pier closed."),
    ("In that year the guild hired a clerk.", "In that year the guild hired a clerk."),
    ("The board met in March.", "The board met in March."),
])
def test_a_date_pointing_back_is_written_out(claim, written):
    assert dated_back(claim) == written


@pytest.mark.parametrize("gap, side, fitting", [
    (67, "lower", True),  # 25 April to 1 July: a little over two months
    (67, "upper", False),  # ... is not a little under two months
    (56, "upper", True),
    (56, "lower", False),
    (61, "lower", True),  # a day short of the calendar's two months: within the slack
])
def test_a_span_hedged_from_one_side_keeps_to_it(gap, side, fitting):
    assert fits(gap, 2 * 365.25 / 12, "approx", 3, side) == fitting


def test_a_hedge_word_of_a_figure_reverses_nothing():
    claim = parse("The ferry opened on 1 July 2013, a little over two months after the vote.",
                  VOCAB)
    sentence = parse("The ferry opened on 1 July 2013. The vote was on 25 April 2013 and "
                     "approved the extension of the harbour.", VOCAB)
    assert opposed(claim, sentence, VOCAB) is None


HARBOUR = [
    "The harbour council renewed the ferry licence on 25 June 2014 by unanimously adopting "
    "Decision 12.",
    "The northern ferry service opened on 1 July 2013. It was based on Decision 7 of the "
    "council of 25 April 2013, which approved the extension of the harbour and the "
    "refitting of the old pier.",
    "Grain prices at the harbour rose after the floods.",
]


def test_pointing_dates_and_one_sided_spans(tmp_path):
    check = checker(tmp_path, "Harbour", HARBOUR)
    verdict = lambda claim: check(claim)["verdict"]
    assert verdict("The harbour council renewed the ferry licence in June 2014, unanimously "
                   "adopting Decision 12 on the 25th of that month.") == "supported"
    assert verdict("The harbour council renewed the ferry licence in June 2014, unanimously "
                   "adopting Decision 12 on the 24th of that month.") == "contradicted"
    assert verdict("The northern ferry service opened on 1 July 2013, a little over two months "
                   "after Decision 7 of 25 April 2013.") == "supported"
    assert verdict("The northern ferry service opened on 1 July 2013, a little under two "
                   "months after Decision 7 of 25 April 2013.") != "supported"
