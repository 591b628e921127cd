"""A figure the claim restates in brackets ("two-thirds (67 percent)") is one fact: a sentence
stating either states both; a bracketed figure of another value is a fact of its own."""
import pytest

from qa.claims.compare import compare
from qa.claims.facts import parse
from qa.claims.restated import restatements
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("claim, pairs", [
    ("The two ports made up two-thirds (67 percent) of the catch.",
     [("two-thirds", "67 percent")]),
    ("The ports made up three-quarters (75 percent) of the catch.",
     [("three-quarters", "75 percent")]),
    ("The two ports made up two-thirds (60 percent) of the catch.", []),  # another value
    ("The two ports made up two-thirds of the catch (67 percent of landings).", []),
    ("The two ports made up 67 percent of the catch.", []),
])
def test_a_figure_restated_in_brackets(claim, pairs):
    parsed = parse(claim, VOCAB)
    assert [(parsed.mentions[n].text, parsed.mentions[k].text)
            for n, k in restatements(parsed)] == pairs


@pytest.mark.parametrize("claim, stated", [
    # "two-thirds" counts nothing as read (the bracket stands before its noun), and shares no
    # word around it with the sentence's "67 percent": stated through its restatement
    ("Norland and Sudland made up two-thirds (67 percent) of the catch.",
     {"two-thirds": "67 percent", "67 percent": "67 percent"}),
    ("Norland and Sudland made up two-thirds (60 percent) of the catch.", {}),
])
def test_a_sentence_stating_the_restatement_states_the_figure(claim, stated):
    sentence = parse("The coastal provinces of Norland and Sudland accounted for 67 percent of "
                     "all landings in the region.", VOCAB)
    mine = parse(claim, VOCAB)
    found = compare(mine, sentence, sentence, VOCAB)
    assert {mine.mentions[n].text: m.text for n, m in found.stated.items()
            if m.family == "percent"} == stated


HARBOUR = [
    "Last year the northern and western ports accounted for 67 percent of all the fish "
    "landed in the region, but the fisheries office has only 16 percent of its inspectors "
    "in the north.",
    "Grain prices at the harbour rose after the floods.",
]


def test_a_bracketed_restatement_is_stated_with_its_figure(tmp_path):
    check = checker(tmp_path, "Harbour", HARBOUR)
    verdict = lambda claim: check(claim)["verdict"]
    assert verdict("The northern and western ports made up two-thirds (67 percent) of all the "
                   "fish landed in the region last year, but only 16 percent of the fisheries "
                   "office's inspectors are in the north.") == "supported"
    assert verdict("The northern and western ports made up two-thirds (60 percent) of all the "
                   "fish landed in the region last year, but only 16 percent of the fisheries "
                   "office's inspectors are in the north.") != "supported"
    assert verdict("The northern and western ports made up three-quarters (75 percent) of all "
                   "the fish landed in the region last year, but only 16 percent of the "
                   "fisheries office's inspectors are in the north.") != "supported"
