"""A note's figure after a clipped word's full stop, and units by their SI symbols (round 78,
branch released85). Notes and company reports write "c.31%", "455 Mt", "27 Gt". The full
stop touching the figure hid the figure from every number pattern, so "fell c.40%" went
unchecked; "Mt" and "Gt" were no units, so a claim's "455 million tonnes" was left unstated by
"455 Mt" and "27 billion tonnes" by "27 Gt". A range's first figure shares the percent
written after its second ("60 to 80%", "c.10–20%"). The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.energy_units import symbol_unit
from qa.claims.facts import parse
from qa.claims.informal import written_out
from qa.claims.vocabulary import vocabulary_for
from tests.helpers.corpora import open_articles

ARTICLES = {
    "Velmora_shipping.txt": (
        "Velmora shipping",
        "In 2031 the Velmora fleet emitted 612 Mt of coal ash, 3.1% of the region's total.",
        "Fuel burned per tonne carried by the Velmora fleet fell 16% between 2025 and 2031.",
        "Engineers of the Velmora fleet estimate that biofuels could cut its fumes by 60 "
        "to 80%.",
    ),
    "Orvane_coalfield.txt": (
        "Orvane coalfield",
        "Mines of the Orvane coalfield released 14 Gt of coal ash in 2029.",
    ),
}


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return open_articles(tmp_path_factory, "released85-wiki", ARTICLES)


@pytest.mark.parametrize("note, report", [
    ("Fuel burn fell c.16% by 2031.", "Fuel burn fell about 16% by 2031."),
    ("It cost ca.$40m.", "It cost about $40m."),
    ("It rose approx.2,000 tonnes.", "It rose approximately 2,000 tonnes."),
    ("Res.4410 ended the patrol.", "Resolution 4410 ended the patrol."),
])
def test_a_clipped_words_full_stop_touching_its_figure_is_spelled_out(note, report):
    assert written_out(note) == report


def test_a_decimal_and_a_spaced_hedge_are_left_as_they_were():
    assert written_out("The lake rose 3.5 metres in c. 1910.") == \
        "The lake rose 3.5 metres in about 1910."


@pytest.mark.parametrize("symbol, unit", [
    ("Mt", "megatonne"), ("Gt", "gigatonne"), ("kg", "kilogram"), ("GL", "gigalitre"),
    ("km", "kilometre"), ("GWh", "gigawatt-hour"),
    ("mt", ""), ("W", ""), ("m", ""),  # case as written; a bare symbol stays unread
])
def test_si_symbols_name_their_units(symbol, unit):
    assert symbol_unit(symbol) == unit


def test_a_figure_before_a_symbol_is_in_its_unit(wiki):
    vocab = vocabulary_for(wiki.analyzer)
    parsed = parse("The fleet emitted 612 Mt and burned 2.3 kg.", vocab)
    assert [(m.value, m.unit) for m in parsed.mentions if m.family == "count"] == \
        [(612, "megatonne"), (2.3, "kilogram")]


@pytest.mark.parametrize("claim", [
    "In 2031 the Velmora fleet emitted c.612 million tonnes of coal ash.",
    "Fuel burned per tonne carried by the Velmora fleet fell c.16% between 2025 and 2031.",
    "Mines of the Orvane coalfield released about 14 billion tonnes of coal ash in 2029.",
    "Mines of the Orvane coalfield released 14 gigatonnes of coal ash in 2029.",
])
def test_a_figure_in_words_is_stated_by_its_symbol(wiki, claim):
    result = check(wiki, claim)
    assert result.verdict == "supported", result.unverified


@pytest.mark.parametrize("claim", [
    "Fuel burned per tonne carried by the Velmora fleet fell c.61% between 2025 and 2031.",
    "In 2031 the Velmora fleet emitted c.712 million tonnes of coal ash.",
    "Mines of the Orvane coalfield released 14 million tonnes of coal ash in 2029.",
])
def test_another_figure_or_unit_contradicts(wiki, claim):
    assert check(wiki, claim).verdict == "contradicted"


@pytest.mark.parametrize("text", ["It cut fumes by c.10–20%.",
                                  "It cut fumes by 60 to 80%."])
def test_a_ranges_first_figure_shares_its_percent(wiki, text):
    parsed = parse(written_out(text), vocabulary_for(wiki.analyzer))
    assert [m.family for m in parsed.mentions] == ["percent", "percent"]


@pytest.mark.parametrize("claim, verdict", [
    ("Engineers of the Velmora fleet estimate that biofuels could cut its fumes by "
     "c.10–20%.", "contradicted"),
    ("Engineers of the Velmora fleet estimate that biofuels could cut its fumes by "
     "about 10–20%.", "contradicted"),
    ("Engineers of the Velmora fleet estimate that biofuels could cut its fumes by "
     "roughly 60–80%.", "supported"),
])
def test_a_hedged_range_is_read_as_its_unhedged_form(wiki, claim, verdict):
    assert check(wiki, claim).verdict == verdict
