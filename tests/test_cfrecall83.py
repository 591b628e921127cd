"""Real-world true claims whose every fact a sentence states, left not_found by a word of
another part of the sentence: "expected" as the standard of a comparison ("far colder than
expected") read as an expectation (`qa.claims.expectations.standard`); an expectation in one
coordinate clause kept from a claim another clause states whole ("X is more likely to be
flooded, while Y has a lower risk of being flooded", `qa.claims.expected_scope`); and a
reversing word said of another thing, which took away the support the claim's own word gave
(`qa.claims.opposite_nearer`, in `check.align`). Near misses: the claim's word the other way,
a figure changed, a claim of the expecting clause. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.expectations import EXPECTATIONS, expects
from qa.claims.expected_scope import expected_elsewhere
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Tessaly.txt": (
        "Tessaly",
        "Tessaly is the fourth moon of the gas giant Orvan.",
        "A layer of argon haze over Tessaly traps heat, so that the average temperature of its "
        "lower air sits tens of degrees warmer than its crust, though soundings by the Kestrel "
        "probe have found the thin upper air of Tessaly to be far colder than expected (55 K, "
        "rather than roughly 80 K)."),
    "Marnow_Gulf.txt": (
        "Marnow Gulf",
        "Since the current moved north, Delvia is more likely to be struck by winter storms, while "
        "Ostrel has a reduced risk of being struck by winter storms."),
    "Halden_Glacier.txt": (
        "Halden Glacier",
        "The Halden glacier lies in the Korrin range.",
        "Heavy snowfall led to the growth of the Halden glacier between 1962 and 1979, while "
        "the Vesk glacier shrank."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # "than expected": the comparison states the fact
    "Tessaly's upper air is far colder than expected.",
    "The Kestrel probe found Tessaly's upper air far colder than had been expected.",
    "The average temperature of Tessaly's lower air is tens of degrees warmer than its crust.",
    # an expectation in the other coordinate clause
    "Ostrel has a reduced risk of being struck by winter storms.",
])
def test_fact_stated_beside_another_part_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the claim's word the other way round: no support from the other thing's word
    "Tessaly's upper air is far warmer than expected.",
    "The average temperature of Tessaly's lower air is tens of degrees colder than its crust.",
    # a figure changed
    "The Kestrel probe found Tessaly's upper air at about 65 K, colder than expected.",
    # the expecting clause's own claim: an expectation, not a fact
    "Delvia was struck by winter storms.",
    # the other glacier
    "The Vesk glacier grew between 1962 and 1979.",
])
def test_other_part_gives_no_support(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, expecting", [
    ("The lake was far colder than expected.", False),
    ("The lake was colder than had been expected.", False),
    ("As expected, the council approved the levy.", False),
    ("The council is expected to approve the levy.", True),
    ("A levy is likely to pass.", True),
    ("A levy is as likely to pass as a ban.", True),
])
def test_expectation_read(vocab, text, expecting):
    assert expects(parse(text, vocab)) is expecting


def test_clause_stating_the_claim_whole(vocab):
    sentence = parse("Delvia is more likely to be struck by storms, while Ostrel has a reduced "
                     "risk of being struck by storms.", vocab)
    assert expected_elsewhere(parse("Ostrel has a reduced risk of being struck by storms.",
                                    vocab), sentence, EXPECTATIONS)
    # the claim's subject is in the expecting clause only: no clause writes the claim whole
    assert not expected_elsewhere(parse("Delvia was struck by storms.", vocab), sentence,
                                  EXPECTATIONS)
