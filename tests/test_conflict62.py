"""Contradicted claims called not_found: the words that say where the claim was read ("The book
recounts that", "As the authors tell it,", "In the book's account,", "Per workshop
participants,", "..., per the meeting note.") weighed as part of the claim's event, so a
sentence stating the event with one fact changed fell short of the rest a conflict needs
(`attribution.framing_terms`, read by `check.align_passage` for the rest and the event only).
The texts are invented here."""
import pytest

from qa.claims.attribution import framing_terms, unattributed
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.claims.written_texts import names_text
from qa.text.analyze import Analyzer
from tests.conftest import OTHER_HARBOUR_NEWS, port_report

VOCAB = vocabulary_for(Analyzer())
LISTED = frozenset({"brief", "document", "report", "text"})


@pytest.mark.parametrize("noun, text", [
    ("book", True), ("books", True), ("book's", True),  # WordNet: a kind of writing
    ("letter", True),  # a kind of document, itself listed
    ("report", True),
    ("cloth", False), ("harbour", False), ("year", False),
])
def test_a_noun_names_a_text_by_its_wordnet_kind(noun, text):
    assert names_text(noun, LISTED) is text


@pytest.mark.parametrize("claim, frame", [
    ("The book recounts that the board expelled twelve trawlers.", {"book", "recount"}),
    ("As the study recounts, the board expelled twelve trawlers.", {"studi", "recount"}),
    ("As the authors tell it, the board expelled twelve trawlers.", {"author", "tell"}),
    ("In the book's account, the board expelled twelve trawlers.", {"book", "account"}),
    ("Per workshop participants, the board expelled twelve trawlers.",
     {"per", "workshop", "particip"}),
    ("The board expelled twelve trawlers, per the Brenna note.", {"per", "brenna", "note"}),
    # a rate, not a source; a verb of communication that is the claim's event; a name's view
    ("The board raised its fees by 3 per cent, per year.", set()),
    ("The report calls for more trawlers at the quay.", set()),
    ("In the board's view, twelve trawlers were too many.", set()),
])
def test_framing_terms(claim, frame):
    assert framing_terms(parse(claim, VOCAB)) == frame


def test_support_keeps_the_narrow_reading():
    # only the listed verbs and nouns weigh nothing for support, as before
    claim = parse("The book recounts that the board expelled twelve trawlers.", VOCAB)
    assert not unattributed(claim)
    assert unattributed(parse("The paper reports that the board expelled twelve trawlers.",
                              VOCAB))


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Ostvik harbour board expelled twelve Danish trawlers from the northern quay in "
        "March 2018, after their crews refused to pay the new landing fees.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    "The book recounts that the harbour board expelled twelve Swedish trawlers from the "
    "northern quay in 2018 over unpaid dues.",
    "In the book's account, the harbour board expelled twelve Swedish trawlers from the "
    "northern quay in 2018 over unpaid dues.",
    "Per workshop participants, the harbour board expelled twelve Swedish trawlers from the "
    "northern quay in 2018 over unpaid dues.",
    "The harbour board expelled twelve Swedish trawlers from the northern quay in 2018 over "
    "unpaid dues, per guild members.",
    "The book recounts that the Ostvik harbour board threw twelve Swedish trawlers off the "
    "quay in March 2018 when their skippers would not pay.",
])
def test_a_framed_claim_with_one_fact_changed_is_contradicted(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


def test_the_framed_claim_told_right_is_not_contradicted(harbour):
    claim = ("The book recounts that the harbour board expelled twelve Danish trawlers from the "
             "northern quay in 2018 over unpaid dues.")
    assert check(harbour, claim).verdict != "contradicted"
