"""A claim told as a relative chronology: an offset phrase that places the claim's event from
another (round 82, branch chrono89). Invented texts.

"Two months after B, A, citing C" was never cut into its events when A went on past a comma,
nor was "In May 2031, a month before B, A"; and a fact of A that the sources set otherwise was
left not found, the offset's words counting as unstated rest (`qa.claims.dated_apart`,
`qa.claims.placed_event`). A date of B that the whole claim met against a sentence telling A
is B's, not A's: no conflict unless B read alone is contradicted.
"""
import pytest

from qa.claims.check import check
from qa.claims.dated_apart import events
from qa.claims.facts import parse
from qa.claims.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("chronicle")
    docs = root / "docs"
    docs.mkdir()
    (docs / "quays.txt").write_text("\n\n".join([
        "The Lindqvar Quays in Review",
        "In March 2031, the Lindqvar net makers' guild elected Petra Osvald as its new chair.",
        "The winter gales had wrecked two of the guild's drying sheds.",
        "In May 2031, the Lindqvar harbour board opened the northern quay to trawlers, citing "
        "the crowding of the southern basin.",
        "The Ferrand audit of the harbour board's accounts came out in August 2031.",
        "In September 2031, the net makers' guild asked the harbour board for lower mooring "
        "fees, citing the audit's findings.",
        "In November 2031 the harbour board raised its mooring fees by 25 percent.",
        "The Kessel ferry crews went on strike in December 2031.",
        "On 8 February 2032, the Orsk salvage crew repaired the breakwater lamps at Lindqvar.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the placed event goes on past a comma
    "Two months after the Lindqvar net makers' guild elected Petra Osvald as its new chair, the "
    "Lindqvar harbour board opened the northern quay to trawlers, citing the crowding of the "
    "southern basin.",
])
def test_an_offset_opening_a_claim_of_further_clauses_is_read(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the placed event's own figure, date or verb otherwise
    "In November 2031, a month before the Kessel ferry crews went on strike, the harbour "
    "board raised its mooring fees by 40 percent.",
    "A month before the Kessel ferry crews went on strike, in November 2031, the harbour "
    "board cut its mooring fees by 25 percent.",
    "Three months after the Ferrand audit came out, in July 2031, the net makers' guild asked "
    "the harbour board for lower mooring fees, citing the audit's findings.",
])
def test_the_placed_event_contradicted_alone_contradicts_the_claim(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_a_date_of_the_event_counted_from_is_no_conflict_with_the_placed_one(harbour):
    # August is the audit's month, September the request's: nothing conflicts
    claim = ("A month after the Ferrand audit of the harbour board's accounts came out in August "
             "2031, the net makers' guild asked the harbour board for lower mooring fees, "
             "citing the audit's findings.")
    assert verdict(harbour, claim) != "contradicted"


def test_a_date_of_the_event_counted_from_set_otherwise_still_conflicts(harbour):
    claim = ("A month after the Ferrand audit of the harbour board's accounts came out in June "
             "2031, the net makers' guild asked the harbour board for lower mooring fees, "
             "citing the audit's findings.")
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # a verb the dated sentence does not state: another event of that day
    "Two days after the gales, the Orsk salvage crew left Lindqvar on 9 February 2032.",
    # an event told nowhere
    "In November 2031, a month before the Kessel ferry crews went on strike, the harbour "
    "board sold the northern quay.",
])
def test_a_placed_event_of_another_deed_is_not_contradicted(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim, own, other", [
    ("Two months after the guild elected a chair, the board opened the quay, citing crowding.",
     "The board opened the quay, citing crowding.", "The guild elected a chair."),
    ("In May 2031, two months after the guild elected a chair, the board opened the quay.",
     "In May 2031, the board opened the quay.", "The guild elected a chair."),
])
def test_the_claim_cut_into_its_two_events(harbour, claim, own, other):
    split = events(parse(claim, Vocabulary(harbour.analyzer)))
    assert split is not None and split[1:] == (own, other)
