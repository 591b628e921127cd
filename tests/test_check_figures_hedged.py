"""Hedged and relative figures (issue 14, round 29): a measure said to be the same as a thing's
against a multiple of it (`tallies.multiples`), and two offsets of time in different units
(`figure_roles.other_offset`). Invented sentences only."""
import pytest

from qa.claims.clauses import swapped_alternative
from qa.claims.compare import compare, part_of_period
from qa.claims.facts import parse
from qa.claims.figure_roles import other_offset
from qa.claims.quantifiers import share_against_counts
from qa.claims.since import begun_since
from qa.claims.tallies import multiples
from tests.test_check_figures_listed import conflicts, vocab  # noqa: F401 (a fixture)


@pytest.mark.parametrize("text, expected", [
    ("a lake roughly the same size as Wales", (1.0, "approx", "size wales")),
    ("a lake about as large as Wales", (1.0, "approx", "size wales")),
    ("a road as long as the canal", (1.0, "", "length canal")),
    ("a lake nearly four times the size of the park", (4.0, "approx", "size park")),
    # after a multiplier, "as large as" is the multiple's, not a second, equal measure
    ("a lake three times as large as Wales", (3.0, "", "size wales")),
])
def test_multiples_read_the_same_measure_as_one(text, expected):
    assert [m[:3] for m in multiples(text)] == [expected]


SOURCE = "The reservoir covers a valley more than four times the size of Luxembourg."


@pytest.mark.parametrize("claim", [
    "The reservoir covers a valley roughly the same size as Luxembourg.",
    "The reservoir covers a valley about as big as Luxembourg.",
    "The reservoir covers a valley twice the size of Luxembourg.",
])
def test_the_same_size_against_a_multiple_conflicts(claim, vocab):
    assert [c[2] for c in conflicts(claim, SOURCE, vocab)] == ["number"]


@pytest.mark.parametrize("claim", [
    # the multiple the sentence gives, or one its bound holds
    "The reservoir covers a valley more than four times the size of Luxembourg.",
    # the same size as another thing, or another measure of the same thing
    "The reservoir covers a valley roughly the same size as Andorra.",
    "The reservoir covers a valley roughly as long as Luxembourg.",
])
def test_a_multiple_that_holds_or_measures_another_thing_does_not(claim, vocab):
    assert conflicts(claim, SOURCE, vocab) == []


def test_a_hedged_same_holds_a_near_multiple(vocab):
    source = "The new dock is 1.2 times the size of the old dock."
    assert conflicts("The new dock is about the same size as the old dock.", source, vocab) == []
    assert conflicts("The new dock is twice the size of the old dock.", source, vocab) != []


OFFSET = "In May 2019 the guild handed the mill to a cooperative, which had leased it eight " \
         "months earlier to keep the looms running."


@pytest.mark.parametrize("claim, rival", [
    ("The cooperative that took over the mill in May 2019 had leased it roughly a year before.",
     "eight"),
    ("The cooperative that took over the mill in May 2019 had leased it about two weeks "
     "before.", "eight"),
    ("The cooperative that took over the mill in May 2019 had leased it three years prior.",
     "eight"),
])
def test_an_offset_in_another_unit_rivals_the_sentences(claim, rival, vocab):
    assert [c[1] for c in conflicts(claim, OFFSET, vocab) if c[2] == "number"] == [rival]


@pytest.mark.parametrize("claim", [
    # the same span, hedged or in another unit
    "The cooperative that took over the mill in May 2019 had leased it about 250 days "
    "before.",
    "The cooperative that took over the mill in May 2019 had leased it roughly 35 weeks "
    "earlier.",
])
def test_an_offset_that_holds_does_not(claim, vocab):
    assert [c for c in conflicts(claim, OFFSET, vocab) if c[2] == "number"] == []


@pytest.mark.parametrize("claim", [
    # the other direction is another relation, not this span misstated
    "The cooperative that took over the mill in May 2019 gave it back a year later.",
    # a span that places nothing: no offset
    "The cooperative that took over the mill in May 2019 had leased it for a year.",
])
def test_no_offset_rival_in_the_other_direction_or_without_one(claim, vocab):
    c, s = parse(claim, vocab), parse(OFFSET, vocab)
    spans = [m for m in c.mentions if m.unit]
    assert spans and all(other_offset(c, m, s, s.mentions) is None for m in spans)


def test_two_offsets_of_the_direction_leave_the_rival_open(vocab):
    c = parse("The cooperative had leased the mill a year before.", vocab)
    s = parse("The guild had built it ten years earlier and the cooperative had leased it "
              "eight months earlier.", vocab)
    assert other_offset(c, c.mentions[0], s, s.mentions) is None


LISTED = "The board weighed hiring an additional 900 recruits (710 drivers, 190 nurses) for the " \
         "clinic."


@pytest.mark.parametrize("claim, expected", [
    ("Of the 900 additional recruits, the majority were to be nurses.", ("majority", "190")),
    ("Most of the 900 recruits the board weighed were nurses.", ("Most", "190")),
    ("The greater part of the 900 recruits were to be nurses.", ("greater part", "190")),
    ("Of the 900 additional recruits, only a few were to be drivers.", ("few", "710")),
])
def test_a_quantifier_the_sentences_counts_deny(claim, expected, vocab):
    found = share_against_counts(parse(claim, vocab), parse(LISTED, vocab))
    assert found and (found[0], found[1].text) == expected
    assert ("number",) == tuple(c[2] for c in conflicts(claim, LISTED, vocab))


@pytest.mark.parametrize("claim", [
    # the counts bear the quantifier out
    "Of the 900 additional recruits, the majority were to be drivers.",
    "Of the 900 additional recruits, few were to be nurses.",
    # a whole the sentence does not state: its parts may be of another whole
    "Of the 1,200 additional recruits, the majority were to be nurses.",
    # no quantifier, or one of what no count of the sentence counts
    "Of the 900 additional recruits, 190 were to be nurses.",
    "Of the 900 additional recruits, the majority were to be women.",
])
def test_a_quantifier_the_counts_bear_out_or_do_not_settle(claim, vocab):
    assert share_against_counts(parse(claim, vocab), parse(LISTED, vocab)) is None


@pytest.mark.parametrize("text, negated", [
    # "not ... until": when it happened, not a denial
    ("The council did not approve the budget until 2019.", False),
    ("The ferry didn't sail till the storm passed.", False),
    ("No tenders were opened until March.", False),
    # until in another clause, or no until: a denial
    ("The council did not approve the budget, which ran until 2019.", True),
    ("The council did not approve the budget in 2019.", True),
])
def test_not_until_dates_an_event(text, negated, vocab):
    assert parse(text, vocab).has_negation is negated


def test_the_date_not_until_gives_is_the_events_date(vocab):
    claim = parse("The council did not approve the budget until 2019.", vocab)
    sentence = parse("In March 2017 the council approved the budget.", vocab)
    found = compare(claim, sentence, sentence, vocab)
    assert [(a.text, b.text) for a, b in found.lone_dates] == [("2019", "2017")]
    # "until" alone still bounds a span: the date of no event
    claim = parse("The council kept the budget until 2019.", vocab)
    assert compare(claim, sentence, sentence, vocab).lone_dates == []


@pytest.mark.parametrize("claim, sentence, expected", [
    ("The guild only started running the ferry in late 2019.",
     "The guild has been running the ferry since March 2018.", {"start"}),
    ("The guild began running the ferry in 2019.",
     "The guild has run the ferry since 2018.", {"began"}),
    # "since" and no date, or a date after another word: no beginning told
    ("The guild started running the ferry in 2019.",
     "The guild has run the ferry since the bridge closed in 2018.", set()),
    ("The guild started running the ferry in 2019.",
     "The guild ran the ferry in 2018.", set()),
])
def test_since_a_date_tells_a_beginning(claim, sentence, expected, vocab):
    found = begun_since(parse(claim, vocab), parse(sentence, vocab), vocab)
    assert found == {t for w in expected for t in vocab.analyzer.terms(w)}


@pytest.mark.parametrize("text, expected", [
    ("It opened in late 2019.", {"late"}),
    ("It opened by mid-2019.", {"mid"}),
    ("It opened in 2019.", set()),
    ("It opened later, in 2019.", set()),
])
def test_the_part_of_a_year_goes_with_its_date(text, expected, vocab):
    p = parse(text, vocab)
    year = next(m for m in p.mentions if m.family == "year")
    assert part_of_period(p, year, vocab) == {t for w in expected
                                             for t in vocab.analyzer.terms(w)}


RATHER = "Most of the crew's time was spent on repairing the hull, rather than fishing the " \
         "northern banks."


@pytest.mark.parametrize("claim, swapped", [
    ("Most of the crew's time went to fishing the northern banks rather than to repairing "
     "the hull.", True),
    ("The crew spent its time fishing the northern banks instead of repairing the hull.", True),
    # the same way round, or an alternative the sentence does not set
    ("Most of the crew's time went to repairing the hull rather than fishing the banks.", False),
    ("Most of the crew's time went to fishing the northern banks rather than to painting the "
     "deck.", False),
    ("Most of the crew's time went to fishing the northern banks.", False),
])
def test_an_alternative_the_other_way_round(claim, swapped, vocab):
    assert bool(swapped_alternative(parse(claim, vocab), parse(RATHER, vocab), vocab)) \
        is swapped


PERCENT = "By May, up to 70 percent of the harbour budget was spent on dredging the channel."


@pytest.mark.parametrize("claim, expected", [
    ("Only a small part of the harbour budget was spent on dredging.", "small part"),
    ("Few of the harbour budget's funds went to dredging.", "Few"),
    ("Only a tiny fraction of the harbour budget went to dredging.", "tiny fraction"),
    # the share bears the quantifier out
    ("Most of the harbour budget was spent on dredging the channel.", None),
    ("The greater part of the harbour budget went to dredging.", None),
])
def test_a_quantifier_against_the_sentences_share(claim, expected, vocab):
    found = share_against_counts(parse(claim, vocab), parse(PERCENT, vocab))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("sentence, denied", [
    ("About 30 percent of the harbour budget went to dredging.", True),
    ("Less than 40 percent of the harbour budget went to dredging.", True),
    # a lower bound under half leaves "most" open; a share of something else says nothing
    ("More than 30 percent of the harbour budget went to dredging.", False),
    ("About 30 percent of the crews worked on dredging the harbour.", False),
])
def test_most_against_a_share_under_half(sentence, denied, vocab):
    claim = parse("Most of the harbour budget went to dredging.", vocab)
    assert bool(share_against_counts(claim, parse(sentence, vocab))) is denied


ORDER = "The guild's vote in May to close the mill followed a petition from the weavers' " \
        "union two weeks prior asking for its closure."


@pytest.mark.parametrize("claim, reversed_", [
    # the claim's own word of order (or one of its group) with the events crossed
    ("The petition from the weavers' union asking for the closure came two weeks after the "
     "guild's vote to close the mill.", True),
    ("The petition from the weavers' union asking for the closure came only after the "
     "guild's vote to close the mill.", True),
    # the sentence's own word with the sides crossed: as often the clauses recast
    ("The petition from the weavers' union asking for the closure followed the guild's vote "
     "to close the mill.", False),
    # a pair of relation words that orders nothing ("with" / "without")
    ("The guild voted to close the mill with a petition from the weavers' union asking for "
     "it two weeks prior.", False),
    # the events on the sides the sentence has them, or the reverse word that says so
    ("The guild's vote to close the mill came two weeks after the petition from the "
     "weavers' union asking for the closure.", False),
    ("The petition from the weavers' union asking for the closure came two weeks before the "
     "guild's vote to close the mill.", False),
    # "following" opening the claim: its clause after its object is the later event, the
    # petition here, which the sentence tells as the earlier (`sequence.opened_clause`)
    ("Following the guild's vote to close the mill, the weavers' union sent a petition "
     "asking for the closure.", True),
    ("Following the weavers' petition asking for the closure, the guild voted to close the "
     "mill.", False),
    # a passive: the sides turned, the same order
    ("The petition from the weavers' union was followed by the guild's vote to close the "
     "mill.", False),
])
def test_the_same_word_of_order_with_the_events_crossed(claim, reversed_, vocab):
    c, s = parse(claim, vocab), parse(ORDER, vocab)
    found = [x for x in compare(c, s, s, vocab).conflicts if x.kind.value == "relation"]
    assert bool(found) is reversed_
