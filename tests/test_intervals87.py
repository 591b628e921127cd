"""A span between two events that one document dates in two sentences of their own (round 80,
branch intervals87). Invented texts.

"Two weeks after the guild asked for the lease, the port board granted it" was left not
found where the report dates the request in one paragraph and the grant in another: no one
text held both dates. The claim is now cut at its offset into its two events, each must be
supported alone, and the dates of the two supporting sentences are read against the offset
(`qa.claims.dated_apart`). An event of another actor or verb is no support; dates that place
the events otherwise contradict the claim.
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    from cli import open_corpus
    root = tmp_path_factory.mktemp("harbour")
    docs = root / "docs"
    docs.mkdir()
    (docs / "quay.txt").write_text("\n\n".join([
        "Tarvik Harbour Review",
        "On 3 May 2031, the Tarvik fishing guild asked the port board for a new lease on the "
        "eastern quay.",
        "The quay had been closed since a storm damaged its cranes in the winter of 2030.",
        "The guild's boats moored at the western pier meanwhile, paying higher fees to the "
        "pier's owners.",
        "The port board granted the lease on 17 May 2031, after a short public hearing.",
        "On 4 June, the Orsk ferry company cancelled its summer timetable. Its captains "
        "blamed the gales. The harbour master shut the northern channel for repairs. On 15 "
        "June, the Velm shipping line doubled its sailings to Sudvik.",
        "On 28 December, the Sudvik lighthouse keepers went on strike. The lamp stayed dark. "
        "Ships waited off the headland for days. On 4 January, the keepers returned to work.",
        "In March 2034, the Tarvik fishing guild opened a fish market on the eastern quay.",
    ]) + "\n", encoding="utf-8")
    (docs / "weather.txt").write_text("\n\n".join([
        "Tarn Coast Weather Notes",
        "Gales closed the Orsk ferry route for eleven days in the spring of 2031.",
    ]) + "\n", encoding="utf-8")
    return open_corpus(docs, root / "index")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Two weeks after the Tarvik fishing guild asked the port board for a new lease, the port "
    "board granted the lease.",
    "The port board granted the lease two weeks after the Tarvik fishing guild asked the port "
    "board for a new lease.",
    "The Tarvik fishing guild asked the port board for a new lease, and two weeks later the "
    "port board granted the lease.",
    "About three years after the port board granted the lease, the Tarvik fishing guild "
    "opened a fish market on the eastern quay.",
])
def test_two_sentences_dating_the_two_events_state_the_span(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "supported"
    assert len(result.evidence) == 2


@pytest.mark.parametrize("claim", [
    "Three weeks after the Tarvik fishing guild asked the port board for a new lease, the "
    "port board granted the lease.",
    "The port board granted the lease two weeks before the Tarvik fishing guild asked the "
    "port board for a new lease.",
    "About ten years after the port board granted the lease, the Tarvik fishing guild opened "
    "a fish market on the eastern quay.",
])
def test_dates_placing_the_events_otherwise_contradict(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    # another actor, another verb, an event the sources never tell
    "Two weeks after the Tarvik fishing guild asked the port board for a new lease, the Orsk "
    "ferry company granted the lease.",
    "Two weeks after the Tarvik fishing guild asked the port board for a new lease, the port "
    "board refused the lease.",
    "Two weeks after the Tarvik fishing guild asked the port board for a new lease, the port "
    "board repaired the cranes.",
])
def test_an_event_not_stated_alone_is_no_support(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim, expected", [
    ("The Velm shipping line doubled its sailings to Sudvik eleven days after the Orsk ferry "
     "company cancelled its summer timetable.", "supported"),
    ("The Velm shipping line doubled its sailings to Sudvik a month after the Orsk ferry "
     "company cancelled its summer timetable.", "contradicted"),
])
def test_two_dates_of_one_paragraph_without_a_year_are_of_one_year(harbour, claim, expected):
    assert verdict(harbour, claim) == expected


def test_dates_of_one_paragraph_far_apart_in_the_calendar_are_no_conflict(harbour):
    # 28 December and 4 January may be a week apart across the new year
    assert verdict(harbour, "A week after the Sudvik lighthouse keepers went on strike, the "
                   "keepers returned to work.") != "contradicted"


def test_a_span_the_coarse_dates_cannot_settle_is_no_conflict(harbour):
    # May 2031 to March 2034 by the year: "more than three years" is neither stated nor refuted
    assert verdict(harbour, "More than three years after the port board granted the lease, the "
                   "Tarvik fishing guild opened a fish market on the eastern quay.") \
        != "contradicted"


@pytest.mark.parametrize("claim, own, other", [
    ("Two weeks after the guild asked for a lease, the board granted it.",
     "The board granted it.", "The guild asked for a lease."),
    ("The board granted the lease a month after the guild asked.",
     "The board granted the lease.", "The guild asked."),
    ("The guild asked for a lease, and a month later the board granted it.",
     "The board granted it.", "The guild asked for a lease."),
    ("The board granted the lease a year prior to the vote in Orsk.",
     "The board granted the lease.", "The vote in Orsk."),
    # a further clause goes with the event placed (round 82, chrono89: `test_chrono89`)
    ("Two weeks after the guild asked for a lease, the board granted it, ending the dispute.",
     "The board granted it, ending the dispute.", "The guild asked for a lease."),
])
def test_the_claim_cut_into_its_two_events(harbour, claim, own, other):
    from qa.claims.dated_apart import events
    split = events(parse(claim, Vocabulary(harbour.analyzer)))
    assert split is not None and split[1:] == (own, other)


def test_a_part_that_states_nothing_leaves_the_claim_as_read(harbour):
    # the part the offset counts from is a bare noun phrase, no statement to check alone
    assert verdict(harbour, "The port board granted the lease two weeks after the "
                   "Tarvik elections.") == "not_found"


@pytest.mark.parametrize("claim", [
    "The board granted the lease in 2031.",
    "The guild asked for a lease, and two years ago the board granted it.",
])
def test_no_offset_or_a_further_clause_is_not_cut(harbour, claim):
    from qa.claims.dated_apart import events
    assert events(parse(claim, Vocabulary(harbour.analyzer))) is None
