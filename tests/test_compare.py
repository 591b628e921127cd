"""Comparing a claim's facts with a source's: when two figures state the same fact."""
import pytest

from qa.claims.compare import agree, reordered
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_facts import figures


@pytest.mark.parametrize("claim, source, same", [
    ("more than 13,000 troops", "over 13,000 troops", True),
    ("2,069 troops", "2069 troops", True),
    ("a dozen villages", "12 villages", True),
    ("twenty-five people", "25 people", True),
    ("more than 100 killed", "174 killed", True),
    ("174 killed", "147 killed", False),
    ("more than 300 died", "fewer than 300 died", False),
    ("nearly 2,000 troops", "1,950 troops", True),
    ("40 percent", "40 troops", False),
    ("a decade after", "after ten years of", True),  # a duration in other units
    ("over a decade", "after 12 years", True),
    ("a month later", "30 days later", True),
    ("a decade after", "after 15 years", False),
    ("two weeks", "two months", True),  # the same figure: `other_units` reports the units
    ("over ten years", "during the last decade", True),  # "the last decade" is ten years
    ("over the past century", "in the last 100 years", True),
    ("over twenty years", "during the last decade", False),
    ("in the 1970s", "in 1975", True),  # a decade is any year of its ten
    ("in 1975", "in the mid-1970s", True),
    ("in the 1970s", "in 1985", False),
    ("in the 1990's", "in the 1990s", True),
])
def test_figures_agree_as_a_reader_would(claim, source, same):
    assert agree(figures(claim)[0], figures(source)[0]) is same


@pytest.mark.parametrize("claim, source, conflict", [
    ("A village in northern Mali was attacked.", "A village in the country's centre was attacked.",
     ("northern", "centre")),
    ("A village in central Mali was attacked.", "A village in central Mali was attacked.", None),
    ("Bases in the north closed.", "Bases in the northern regions closed.", None),  # one region
    ("Rain fell in southern Spain.", "Rain fell across North America.", None),  # a name
])
def test_compass_regions_exclude_each_other(claim, source, conflict):
    from qa.claims.compare import other_region
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    found = other_region(parse(claim, vocab), parse(source, vocab))
    assert [(c.claim, c.source, c.kind) for c in found] == \
        ([(*conflict, "place")] if conflict else [])


def test_a_fraction_agrees_with_the_percent_it_rounds_to():
    from qa.claims.compare import agree
    from qa.claims.facts import Mention
    two_thirds = Mention("percent", 66.67, "two-thirds", 0, 10, bound="fraction")
    percent = lambda value, bound="": Mention("percent", value, f"{value} percent", 0, 5, bound)
    assert agree(two_thirds, percent(67)) and agree(percent(66.7), two_thirds)
    assert not agree(two_thirds, percent(60)) and not agree(two_thirds, percent(70))
    assert agree(percent(60, "lower"), two_thirds)  # "more than 60 percent"
    more_than_half = Mention("percent", 50.0, "more than half", 0, 14, bound="lower")
    assert agree(more_than_half, percent(60)) and not agree(more_than_half, percent(16))


def test_two_maxima_agree_only_on_the_same_figure():
    """"Up to four weeks" is the most it took: "up to six weeks" is not stated by it; "less
    than four weeks" is still stated by "less than three"."""
    from qa.claims.compare import agree
    from qa.claims.facts import Mention
    weeks = lambda value, hedge: Mention("count", value, f"{hedge} {value} weeks", 0, 9,
                                         "upper", unit="weeks")
    assert not agree(weeks(6, "up to"), weeks(4, "up to"))
    assert agree(weeks(4, "up to"), weeks(4, "up to"))
    assert agree(weeks(4, "less than"), weeks(3, "less than"))
    assert agree(weeks(6, "up to"), Mention("count", 4, "4 weeks", 0, 7, unit="weeks"))


@pytest.mark.parametrize("claim, sentence, conflict", [
    ("The board closed the pier before the fleet left.",
     "The board closed the pier after the fleet left.", True),
    ("The board closed the pier after the fleet left.",
     "The fleet left before the board closed the pier.", False),
    ("The board closed the pier before the fleet left.",
     "The board closed the pier before the fleet left.", False),
])
def test_an_order_of_events_conflicts_only_with_its_events_on_the_same_sides(claim, sentence,
                                                                              conflict):
    vocab = vocabulary_for(Analyzer())
    found = reordered(parse(claim, vocab), parse(sentence, vocab), vocab)
    assert bool(found) == conflict


def test_figures_listed_respectively_belong_to_their_actors_in_order():
    from qa.claims.compare import respective_swaps
    vocab = vocabulary_for(Analyzer())
    sentence = parse("In 2022 Ghana and Togo said they would withdraw about 450 and 200 sailors, "
                     "respectively.", vocab)
    swapped = parse("Ghana said it would withdraw about 200 sailors and Togo about 450.", vocab)
    right = parse("Ghana said it would withdraw about 450 sailors and Togo about 200.", vocab)
    listed = parse("Ghana and Togo would withdraw about 450 and 200 sailors.", vocab)
    assert [c.claim for c in respective_swaps(swapped, sentence, vocab)] == [
        "Ghana ... about 200", "Togo ... about 450"]
    assert respective_swaps(right, sentence, vocab) == []
    assert respective_swaps(listed, sentence, vocab) == []  # no figure has one owner
    # the claim lists its own "respectively", after another name ("the Lake Board")
    both = lambda a, b: parse(f"Ghana and Togo said they would leave the Lake Board, withdrawing "
                              f"about {a} and {b} sailors respectively.", vocab)
    assert len(respective_swaps(both(200, 450), sentence, vocab)) == 2
    assert respective_swaps(both(450, 200), sentence, vocab) == []
    without = parse("Ghana and Togo said they would withdraw about 450 and 200 sailors.", vocab)
    assert respective_swaps(swapped, without, vocab) == []  # no "respectively": no pairing


def test_a_figure_above_the_claims_bound_is_free_when_another_states_the_bound():
    # "over 70 per cent" states the claim's "more than 70 per cent" as written: the sentence's
    # 95 per cent, though above 70 too, is the rival of the claim's 40 per cent
    vocab = vocabulary_for(Analyzer())
    claim = parse("More than 70 per cent of the harbour's boats and 40 per cent of its ferries "
                  "are moored in the eastern docks.", vocab)
    sentence = parse("Over 70 per cent of the harbour's boats and 95 per cent of its ferries "
                     "are now moored in the eastern docks.", vocab)
    from qa.claims.compare import compare
    found = compare(claim, sentence, sentence, vocab)
    assert [(c.claim, c.source) for c in found.conflicts] == [("40 per cent", "95 per cent")]
    # with no figure stating the bound as written, 95 per cent may be the claim's "more than
    # 70 per cent", and nothing conflicts with the claim's 40
    alone = parse("Some 95 per cent of the harbour's boats are now moored in the eastern docks.",
                  vocab)
    assert compare(claim, alone, alone, vocab).conflicts == []


@pytest.mark.parametrize("claim, sentence, conflict", [
    # the claim denies what the sentence affirms in a WordNet synonym, in the same place
    ("Divers working near the northern pier do not need permits from the harbour board.",
     "Divers working near the northern pier require permits from the harbour board.",
     ("not need", "require")),
    ("The ferries did not need escorts from the coast guard.",
     "The ferries required escorts from the coast guard.", ("not need", "required")),
    # both negated, or the synonym elsewhere: no conflict of this kind
    ("The ferries did not need escorts from the coast guard.",
     "The ferries never required escorts from the coast guard.", None),
    ("The ferries did not need escorts from the coast guard.",
     "The board required new hulls for the ferries.", None),
])
def test_a_denied_word_conflicts_with_its_synonym_affirmed(claim, sentence, conflict):
    from qa.claims.compare import denied_synonym
    vocab = vocabulary_for(Analyzer())
    found = denied_synonym(parse(claim, vocab), parse(sentence, vocab), vocab)
    assert [(c.claim, c.source) for c in found] == ([conflict] if conflict else [])

def conflicts_between(claim: str, sentence: str) -> list[tuple[str, str]]:
    """The conflicts `compare` finds between a claim and a sentence (its own passage)."""
    from qa.claims.compare import compare
    vocab = vocabulary_for(Analyzer())
    found = compare(parse(claim, vocab), parse(sentence, vocab), parse(sentence, vocab), vocab)
    return [(c.claim, c.source) for c in found.conflicts]


@pytest.mark.parametrize("claim, sentence, conflict", [
    # a bare "one" is a determiner as often as a count: no figure to set against the claim's
    ("The Danish squadron numbered about 400 sailors.",
     "The squadron can only patrol one harbour at any one time.", None),
    ("The clinic in Harbour Town would hold about 60 beds.",
     "The opening of the clinic in Harbour Town should remove one serious obstacle.", None),
    ("The ferry carried about 400 passengers.",
     "The storm stranded one ferry near the pier.", None),
    # ... but it is a count where it counts the claim's thing
    ("The ferry carried 40 passengers.", "The ferry carried one passenger.", ("40", "one")),
    ("The strike lasted three months.", "The strike lasted a month.", ("three", "a")),
])
def test_a_bare_one_conflicts_only_as_a_count_of_the_same_thing(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, sentence, conflict", [
    # a month without its day does not say which day: it states no other day
    ("The treaty was signed on 14 March 2011.", "The treaty was signed in March 2011.", None),
    ("The treaty was signed on 14 March 2011.", "The treaty was signed on 20 March 2011.",
     ("14 March", "20 March")),
    ("The treaty was signed on 14 March 2011.", "The treaty was signed in May 2011.",
     ("14 March", "May")),
])
def test_a_month_without_a_day_states_no_other_day(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, sentence, same", [
    ("The U.N. Special Envoy for Fisheries praised the port.",
     "The UN Special Envoy for Fisheries praised the port.", True),
    ("The UN Special Envoy for Fisheries praised the port.",
     "The U.N. Special Envoy for Fisheries praised the port.", True),
    ("The EU Special Envoy for Fisheries praised the port.",
     "The U.N. Special Envoy for Fisheries praised the port.", False),
])
def test_dotted_initials_name_the_same_actor(claim, sentence, same):
    from qa.claims.compare import name_found
    vocab = vocabulary_for(Analyzer())
    name = next(m for m in parse(claim, vocab).mentions if m.family == "name")
    assert name_found(name, parse(sentence, vocab), vocab) is same


@pytest.mark.parametrize("claim, sentence, conflict", [
    # a compass region of a country holds the claim's town: no other place
    ("The survey interviewed residents of Lodwar in 2016.",
     "The survey interviewed residents of Northern Kenya in 2016.", None),
    ("The survey interviewed residents of Lodwar in 2016.",
     "The survey interviewed residents of Southern Kenya in 2016.", None),
    # ... but another town, or another country, is another place
    ("The survey interviewed residents of Lodwar in 2016.",
     "The survey interviewed residents of Kalokol in 2016.", ("Lodwar", "Kalokol")),
    ("The survey interviewed residents of Uganda in 2016.",
     "The survey interviewed residents of Northern Kenya in 2016.", ("Uganda", "Kenya")),
])
def test_a_region_of_a_country_holds_the_claims_town(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, sentence, conflict", [
    # two spans that end now: what held over one neither states nor excludes the other
    ("Ice on the lake has been shrinking over the past 30 years.",
     "Ice on the lake has been shrinking within the past 50 years.", None),
    ("Ice on the lake has been shrinking during the last decade.",
     "Ice on the lake has been shrinking over the last 40 years.", None),
    # ... a span with no end now, on either side, is a duration like any other
    ("Ice on the lake has been shrinking for 30 years.",
     "Ice on the lake has been shrinking for 50 years.", ("30", "50")),
    ("Ice on the lake has been shrinking over the past 30 years.",
     "Ice on the lake has been shrinking for 50 years.", ("30", "50")),
])
def test_two_spans_ending_now_do_not_exclude_each_other(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, sentence, conflict", [
    # a span of time is never compared with a bare figure: a year, a count of other things
    ("The glacier has been melting for 30 years.",
     "The glacier began melting around 1880, faster since the war.", None),
    ("The ferry sailed for two days before the storm.",
     "The ferry carried 400 passengers before the storm.", None),
    # ... two spans, or two bare figures, still are
    ("The glacier has been melting for 30 years.",
     "The glacier has been melting for 45 years.", ("30", "45")),
    ("The ferry carried 300 passengers before the storm.",
     "The ferry carried 400 passengers before the storm.", ("300", "400")),
])
def test_a_span_of_time_is_no_rival_of_a_bare_figure(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


@pytest.mark.parametrize("claim, sentence, conflict", [
    # "without" denies a noun inside an adjunct: the sentence naming that noun in another role
    # does not affirm it
    ("The plan turned the office into a mission without armed guards.",
     "The plan would dismiss the office's armed guards and turn it into a mission.", None),
    ("Without sunlight, most crops in the valley would fail.",
     "Most crops in the valley need sunlight.", None),
    # ... a denied predicate still conflicts with its affirmation
    ("The council did not renew the ferry licence.", "The council renewed the ferry licence.",
     ("not renew", "renewed")),
])
def test_without_denies_no_predicate(claim, sentence, conflict):
    assert conflicts_between(claim, sentence) == ([conflict] if conflict else [])


def test_two_names_joined_by_a_hyphen_are_found_part_by_part():
    from qa.claims.compare import name_found
    vocab = vocabulary_for(Analyzer())
    claim = parse("A joint Pacific Islands-ASEAN patrol arrived in May.", vocab)
    joined = next(m for m in claim.mentions if "-" in m.text)
    # each part by its words or by its initials written as a word
    assert name_found(joined, parse("A joint PI-ASEAN patrol arrived in May.", vocab), vocab)
    assert name_found(joined, parse("The Pacific Islands and ASEAN sent a patrol.", vocab),
                      vocab)
    # ... every part, not one of them
    assert not name_found(joined, parse("A joint PI patrol arrived in May.", vocab), vocab)
    assert not name_found(joined, parse("A joint UN-ASEAN patrol arrived in May.", vocab), vocab)
