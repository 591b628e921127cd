"""Claims wrongly called contradicted by a date that belongs to another event: a date the claim
itself gives another of its events, compared whole (`qa.claims.claim_own_name.
claim_dates_rival`), and a date told in a relative clause of the sentence about another deed
(`qa.claims.relative_owner.dated_by_other`). A date the sentence gives the claim's own event
still contradicts. Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        SENTENCE,
        "Lately the Tarland council has agreed to revive its earlier plans to build a dry dock "
        "for the northern harbour, which in 2028 collapsed for a lack of money and support.",
        "By May 2031 the harbour patrol had suffered 12 drownings, and over 40 divers had been "
        "injured in night salvage work, while talks with the insurers still failed.")


SENTENCE = ("The Velden guild has long irritated the ferry crews, particularly in March 2031, "
            "when it imposed mooring fees on every vessel.")


def own_date_rival(claim_text: str, claim_date: str, source_date: str) -> bool:
    from qa.claims.claim_own_name import claim_dates_rival
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    from qa.types import Conflict, ConflictKind
    vocab = vocabulary_for(Analyzer())
    claim, sentence = parse(claim_text, vocab), parse(SENTENCE, vocab)
    at = SENTENCE.index(source_date)
    conflict = Conflict(claim_date, source_date, ConflictKind.DATE, (at, at + len(source_date)))
    return claim_dates_rival([conflict], claim, sentence, claim.terms & sentence.terms)


def test_the_claims_own_date_of_its_other_event_is_no_rival():
    # March 2031 is the date the claim gives the imposing; the sentence never tells the lifting
    assert own_date_rival("The mooring fees imposed by the Velden guild in March 2031 were "
                          "lifted by mid-2032.", "mid-2032", "March 2031")


def test_a_shared_piece_of_a_date_is_no_shared_date():
    # the claim writes 2031 for the imposing, but not March 2031: compared whole, no match
    assert not own_date_rival("The mooring fees imposed by the Velden guild in June 2031 were "
                              "lifted by mid-2032.", "mid-2032", "March 2031")


def test_the_sentences_date_of_the_claims_dated_event_is_a_rival():
    assert not own_date_rival("The mooring fees lifted in March 2031 were imposed by the "
                              "Velden guild in May 2031.", "May 2031", "March 2031")


def test_a_date_the_sentence_gives_the_claims_event_still_contradicts(harbour):
    claim = "The Velden guild imposed mooring fees on every vessel in May 2031."
    assert check(harbour, claim).verdict == "contradicted"


def test_a_relative_clauses_date_of_another_deed_is_no_rival(harbour):
    claim = "2033: Tarland council approves the building of a dry dock for the northern harbour."
    assert check(harbour, claim).verdict != "contradicted"


def test_a_relative_clauses_date_of_the_claims_deed_still_contradicts(harbour):
    claim = ("The Tarland council's plans to build a dry dock for the northern harbour "
             "collapsed in 2029 for a lack of money.")
    assert check(harbour, claim).verdict == "contradicted"


def test_a_deed_told_of_another_counted_group_is_no_rival(harbour):
    # the 12 drowned; the over 40 were injured: "injured" is the other group's deed
    claim = "Most of the 12 divers who drowned until May 2031 were killed in night salvage work."
    assert check(harbour, claim).verdict != "contradicted"


def test_a_deed_told_of_the_claims_own_count_still_contradicts(harbour):
    claim = "By May 2031 over 40 divers had been killed in night salvage work."
    assert check(harbour, claim).verdict == "contradicted"
