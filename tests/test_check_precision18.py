"""Wrong decisive verdicts on sentences written here: a name listed with others before the
verb they share or in a clause that leaves the verb out, a name inside the subject's phrase,
a deed only promised, planned or tried set against a claim that denies it, a figure
approached from one side, a change by a figure against its two ends, an expectation read
beyond its own clause, a figure of a relative clause about another party."""
import pytest

from qa.claims.expectations import EXPECTATIONS
from qa.claims.compare import agree, gapped_pairs
from qa.claims.expected_scope import expected_elsewhere
from qa.claims.facts import parse
from qa.claims.tallies import difference_stated
from qa.claims.unasserted import intended_only
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, term, only", [
    ("The mayor campaigned on a promise to cut taxes and to hold a referendum.", "hold", True),
    ("The mayor campaigned on a promise to cut taxes and to hold a referendum.", "cut", True),
    ("The board plans to open the new pier in May.", "open", True),
    ("The minister pledged to raise the quota.", "rais", True),
    ("The port has struggled to fill posts in radiology.", "fill", True),
    ("The port tried to fill the posts.", "fill", True),
    ("The council held a referendum in May.", "held", False),
    # the deed told as done elsewhere in the text
    ("The board promised to open the pier and opened it in May.", "open", False),
])
def test_deeds_only_intended(text, term, only):
    assert intended_only(parsed(text), term) == only


@pytest.mark.parametrize("claim, sentence, elsewhere", [
    ("In March the council rejected the budget.",
     "Analysts expected a clash, and in March the council rejected the budget.", True),
    ("In March the council rejected the budget.",
     "Analysts expected that in March the council would reject the budget.", False),
    ("The council rejected the budget.",
     "The council is likely to reject the budget, but the mayor signed it.", False),
    ("The mayor approved the budget.",
     "The council is likely to reject the budget, but the mayor approved it.", True),
])
def test_an_expectation_reaches_its_own_clause(claim, sentence, elsewhere):
    assert expected_elsewhere(parsed(claim), parsed(sentence), EXPECTATIONS) == elsewhere


def figure(text: str, value: float):
    return next(m for m in parsed(text).mentions if m.value == value)


@pytest.mark.parametrize("claim, source, agreeing", [
    ("fell to under six hours", "fell to just under six hours", True),
    ("took under three years", "took nearly three years", True),
    ("rose to over 40 boats", "rose to just over 40 boats", True),
    ("took more than three years", "took nearly three years", False),
    ("fell to over six hours", "fell to just under six hours", False),
])
def test_a_figure_approached_from_one_side(claim, source, agreeing):
    value = 40 if "40" in claim else 6 if "six" in claim else 3
    assert agree(figure(claim, value), figure(source, value)) == agreeing


@pytest.mark.parametrize("claim, value, sentence, difference", [
    ("Queues fell by about three hours.", 3,
     "Queues fell from an average of nine hours in 2021 to just under six hours.", 3.0),
    ("The fleet grew by 1,300 boats.", 1300, "The fleet grew from 2,100 to 3,400 boats.", 1300.0),
    # no change told by its ends, or a share that may be points
    ("The fleet grew by 1,300 boats.", 1300, "The fleet has 3,400 boats and 2,100 crews.", None),
    ("Fees rose by 5 percent.", 5, "Fees rose from 40 to 45 percent.", None),
])
def test_a_change_by_a_figure(claim, value, sentence, difference):
    c = parsed(claim)
    found = difference_stated(c, figure(claim, value), parsed(sentence))
    assert (found.value if found else None) == difference


def test_pairs_of_a_clause_without_its_verb():
    pairs = gapped_pairs(parsed("Under the 2009 formula, Norway receives 60 percent and "
                                "Sweden 40 percent."))
    assert [(n.text, f.value) for n, f in pairs] == [("Norway", 60), ("Sweden", 40)]
    assert gapped_pairs(parsed("Norway receives 60 percent and Sweden wants 40 percent.")) == []


REPORT = [
    "By the end of 2022 the fleet had shrunk to 40 boats, after Kessel, Varn and Olde "
    "withdrew their trawlers.",
    "The mayor, Ida Brun, campaigned on a promise to cut harbour fees and to hold a "
    "referendum on the new marina.",
    "Within six months the council had cut harbour fees by a third, but it postponed the "
    "referendum until 2026.",
    "Under the 2009 formula, Norway receives 60 percent of the catch and Sweden 40 percent.",
    "The St Ives Harbour Trust in Penwith opened a new slipway in May 2021.",
    "The trust has struggled to fill posts in its boatyard.",
    "Analysts expected the two councils to clash over the levy, and in March 2022 the "
    "assembly rejected the levy by 40 votes to 31.",
    "The ferry company is owned jointly by the harbour board, which holds 51 percent, and a "
    "Dutch shipping group, which holds the rest.",
]


@pytest.mark.parametrize("claim, verdicts", [
    # a sub-list of the names before the verb: the list owns the verb, none is replaced
    ("Kessel and Varn withdrew their trawlers.", {"supported"}),
    ("Varn withdrew its trawlers.", {"supported"}),
    # a promise to hold a referendum is no referendum held, nor the opposite of none held
    ("The council did not hold the referendum on the new marina.", {"not_found"}),
    ("Ida Brun held a referendum on the new marina.", {"not_found"}),
    ("Ida Brun promised to hold a referendum on the new marina.", {"supported"}),
    # the second subject of a clause that leaves the shared verb out
    ("Sweden receives 40 percent of the catch.", {"supported"}),
    ("Sweden receives 60 percent of the catch.", {"contradicted"}),
    # a name after a preposition in the subject's phrase is not its subject
    ("The St Ives Harbour Trust opened a new slipway in May 2021.", {"supported"}),
    # the expectation is the first clause's; the vote, in a clause of its own, happened
    ("In March 2022 the assembly rejected the levy by 40 votes to 31.", {"supported"}),
    ("The two councils clashed over the levy.", {"not_found"}),
    # a figure of a relative clause about another party: not the claim's party's figure
    ("A Dutch shipping group owns 49 percent of the ferry company.",
     {"not_found", "supported"}),
    ("The harbour board owns 49 percent of the ferry company.", {"contradicted"}),
    # tried, not done: neither done nor denied
    ("The trust did not fill all its posts in the boatyard.", {"not_found", "supported"}),
])
def test_report_verdicts(tmp_path, claim, verdicts):
    check = checker(tmp_path, "Harbour", REPORT)
    assert check(claim)["verdict"] in verdicts
