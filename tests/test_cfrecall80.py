"""Real-world claims in a broadcaster's voice: a hedged year after a word of time is a date
("since about 1978", "by around 2040", `qa.claims.hedged_years`), "right around" a figure is
"around" it (`number_bounds`), and an opening condition on the listener's place ("If you're
watching from X,") is the claim's setting (`qa.claims.listener_place`). Near misses: a hedged
year the source does not give, a place the source is not about, a hedged count. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import numbers
from qa.claims.listener_place import listener_place_read
from tests.test_cfrecall65 import encyclopedia
from tests.test_cfrecall79 import LIGHTHOUSES

ARTICLES = {
    "Varden_glacier.txt": (
        "Varden glacier",
        "Satellites have tracked the retreat of the Varden glacier since 1983.",
        "Half of the Varden ice field may be gone by 2060, a survey of the valley found."),
    "Ostrava_Heights.txt": (
        "Ostrava Heights",
        "Ostrava Heights is a hill town in the Kessel range.",
        "The wettest month of the year is October, with an average rainfall of 96 mm."),
    "Morrow_quarry.txt": (
        "Morrow quarry",
        "The Morrow quarry shipped 1940 tonnes of slate to the coast in its last year."),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), {**ARTICLES, **LIGHTHOUSES})


@pytest.mark.parametrize("text, family", [
    ("tracked since about 1983.", "year"),
    ("may be gone by around 2060, the survey found.", "year"),
    ("the survey began back around 1911.", "year"),
    ("Around 1920, the mill closed.", "year"),
    # a hedged count: a noun it counts follows, or no word of time stands before it
    ("shipped about 1940 tonnes of slate.", "count"),
    ("hired around 1950 workers in 1960.", "count"),
])
def test_hedged_year_after_a_word_of_time_is_a_date(text, family):
    assert numbers(text)[0].family == family


@pytest.mark.parametrize("claim", [
    "Satellites have tracked the retreat of the Varden glacier since about 1983.",
    "Half of the Varden ice field may be gone by around 2060.",
    "If you're watching from Ostrava Heights, October is your wettest month, averaging "
    "right around 96 mm of rain.",
])
def test_broadcast_wording_is_supported(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a hedge admits no year the source does not give
    "Satellites have tracked the retreat of the Varden glacier since about 1961.",
    "Half of the Varden ice field may be gone by around 2090.",
    # the listener's place is kept: the source is about another town
    "If you're watching from Bellhaven, October is your wettest month, averaging right "
    "around 96 mm of rain.",
])
def test_other_date_or_place_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_hedged_count_is_no_date(wiki):
    # "around 1940" tonnes is a count; the sentence's 1940 tonnes is no date of the shipment
    assert check(wiki, "The Morrow quarry shipped around 1940 tonnes of slate to the coast.") \
        .verdict != "contradicted"


@pytest.mark.parametrize("text, read", [
    ("If you live in Tarn, it rains a lot.", "In Tarn, it rains a lot."),
    ("If you're tuning in from the Outer Reach, storms hit hard.",
     "In the Outer Reach, storms hit hard."),
    # a denied or measured condition is a fact of its own
    ("If you don't live in Tarn, it rains.", "If you don't live in Tarn, it rains."),
    ("If you drive 40 miles from Tarn, the road ends.",
     "If you drive 40 miles from Tarn, the road ends."),
])
def test_listener_place_read(text, read):
    assert listener_place_read(text) == read


def test_hedged_figure_alone_in_brackets_is_left_as_before():
    # a label's "(about 1990)" is read by the bracket's readings, not as a date to state
    assert all(m.family != "year" for m in numbers("Fleet size (about 1990): 40 boats."))
