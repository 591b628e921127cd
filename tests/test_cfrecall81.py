"""Real-world claims whose place an article's title gives: a speaker's pointer before the
place ("Down in X,", `qa.claims.pointed_place`), an adjective repeating the noun of the
place the title names ("the polar night at the X Pole station", `qa.claims.pertained_heading`),
a change particle before a figure ("down as much as 80%") telling the way of the sentence's
"a decrease" (`qa.claims.headed_share.particle_ways`), and the "a" of a rate ("31 days a
year") as "annually" (`qa.claims.frequency.distributive`). Near misses: another figure, the
other way, another rate, an adjective whose noun the claim does not name. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.frequency import frequencies
from qa.claims.pointed_place import pointed_place_read
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_cfrecall65 import encyclopedia

ARTICLES = {
    "Varnholm.txt": (
        "Varnholm",
        "Varnholm is a fishing port on the Kessel coast.",
        "Spring tides at the Varnholm pier reach up to 4.2 m above the harbour floor."),
    "Orlen_Pole_Station.txt": (
        "Orlen Pole Station",
        "The station was built on the ice plateau in 1961.",
        "Through this four-month \"night\", the outside air can cool to -70 °C."),
    "Ostrava_Heights.txt": (
        "Ostrava Heights",
        "Ostrava Heights is a hill town in the Kessel range.",
        "On average, there are 31 days with morning frost and 12 days of snow cover annually."),
    "Tarn_Island.txt": (
        "Tarn Island",
        "In 2016, a count of the ibex herds found that the island's population was only about "
        "2,400, a decrease of as much as 65% from the 1970s."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    "Down in Varnholm, spring tides at the pier reach 4.2 m above the harbour floor.",
    "Way down in Varnholm, spring tides at the pier reach 4.2 m above the harbour floor.",
    "At the Orlen Pole station the outside air can cool to -70 °C in the four months of polar "
    "night.",
    "In 2016 the ibex of Tarn Island numbered roughly 2,400, down as much as 65% from the 1970s.",
    # the distributive "a" of a rate: "31 days a year" is "31 days annually"
    "Ostrava Heights gets morning frost on about 31 days a year.",
])
def test_place_the_title_gives_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another figure: the pointer takes no conflict away
    "Down in Varnholm, spring tides at the pier reach 6.5 m above the harbour floor.",
])
def test_pointer_keeps_a_conflict(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # an adjective whose noun the claim does not name is a fact of its own
    "At the Orlen Pole station the outside air can cool to -70 °C in the four months of lunar "
    "night.",
    # another rate: "a week" is not "annually"
    "Ostrava Heights gets morning frost on about 31 days a week.",
    # the claim's change goes the other way
    "In 2016 the ibex of Tarn Island numbered roughly 2,400, up as much as 65% from the 1970s.",
])
def test_unstated_fact_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


@pytest.mark.parametrize("text, read", [
    ("Down in Varnholm, the pier floods.", "In Varnholm, the pier floods."),
    ("Out on the Kessel plateau, it snows.", "On the Kessel plateau, it snows."),
    ("Right up here in Tarn, it rains.", "In Tarn, it rains."),
    # the pointer before a year says when, as "In" does
    ("Back in 2031 the Tarn pier flooded twice.", "In 2031 the Tarn pier flooded twice."),
    ("Back in May 2031, the Tarn pier flooded.", "In May 2031, the Tarn pier flooded."),
    # too little left to be a clause, or no year or name after it
    ("Back in 2031, yes.", "Back in 2031, yes."),
    ("Back in the day, the Tarn pier flooded.", "Back in the day, the Tarn pier flooded."),
    # a change, not a pointer: before a figure or a common word, or after a verb
    ("Down by 5% in Tarn, sales fell.", "Down by 5% in Tarn, sales fell."),
    ("Up in value, the shares rose.", "Up in value, the shares rose."),
    ("Prices went down in Tarn.", "Prices went down in Tarn."),
])
def test_pointer_read(text, read):
    assert pointed_place_read(text) == read


@pytest.mark.parametrize("text, rate", [
    ("The town sees 31 days a year of frost.", True),
    ("The ferry runs twice a week.", True),
    ("Tolls rose to $40 a month.", True),
    # a span, not a rate
    ("For a year the pier was shut.", False),
    ("The pier opened a year later.", False),
    ("It was shut for a year in 1990.", False),
])
def test_distributive_article(text, rate):
    assert bool(frequencies(parse(text, vocabulary_for(Analyzer())))) == rate
