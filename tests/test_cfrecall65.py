"""Real-world claims whose figure's unit one side writes in full and the other by its initials
("300 parts per million" / "300 ppm"): the same unit (`qa.claims.unit_initials`). Read word by
word, "300 parts" and "300 ppm" counted two things, and the true claim was contradicted by its
own figure; "million" of the unit was a figure of its own, left unstated. The texts are
invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.unit_initials import same_unit_initialled, unit_abbreviation
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

ARTICLES = {
    "Lake_Vorn.txt": (
        "Lake Vorn",
        "Sulfate in the lake water rose from about 120 parts per million (ppm) in 1975, "
        "passing the 300 ppm mark in 2011.",
        "The lake is 14 kilometres long and freezes over most winters.",
        "Below the lake bed lie thick layers of peat."),
    "Corran_harbour.txt": (
        "Corran harbour",
        "Boats inside the harbour wall may not exceed 8 mph.",
        "Ozone near the harbour peaked at 95 ppb in August 2019.",
        "Nitrate in the outflow fell from 42 milligrams per litre of water (mglw) in 1990 "
        "to 18 mglw in 2020.",
        "The pumping station moves about 900 barrels of water each day."),
}


def encyclopedia(root, articles: dict):
    """An index of invented articles, each a title and its paragraphs, as CLIMATE-FEVER's
    corpus lays out a Wikipedia article."""
    from cli import open_corpus
    (root / "docs").mkdir()
    for name, (title, *sentences) in articles.items():
        (root / "docs" / name).write_text(title + "\n\n" + "\n\n".join(sentences) + "\n",
                                          encoding="utf-8")
    return open_corpus(root / "docs", root / "index")


@pytest.fixture(scope="module")
def wiki(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("wiki"), ARTICLES)


@pytest.mark.parametrize("claim", [
    # the unit in full against its initials in the sentence
    "Sulfate in Lake Vorn passed 300 parts per million in 2011.",
    # and the other way round: the sentence writes it in full before its initials
    "Sulfate in Lake Vorn was about 120 ppm in 1975.",
    "Boats inside the Corran harbour wall may not exceed 8 miles per hour.",
    # the short form the sentence defines in brackets, which its initials need not spell
    "Nitrate in the Corran harbour outflow fell from 42 mglw in 1990 to 18 mglw in 2020.",
    # "billion", read as a figure of its own, is a word of the unit
    "Ozone near Corran harbour peaked at 95 parts per billion in August 2019.",
])
def test_a_unit_by_its_initials_is_the_unit_in_full(wiki, claim):
    assert check(wiki, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # another unit, whose initials the sentence's do not spell: no support
    "Ozone near Corran harbour peaked at 95 parts per million in August 2019.",
    # another figure in the same unit: still a conflict
    "Sulfate in Lake Vorn passed 500 parts per million in 2011.",
])
def test_another_unit_or_figure_is_not_supported(wiki, claim):
    assert check(wiki, claim).verdict != "supported"


def test_unit_abbreviation_reads_only_vowelless_lower_case_initials():
    assert unit_abbreviation("ppm") == "ppm"
    assert unit_abbreviation("kWh") == "kwh"
    assert unit_abbreviation("by") == ""  # a word
    assert unit_abbreviation("per") == ""
    assert unit_abbreviation("UN") == ""  # a name's acronym
    assert unit_abbreviation("cm") == ""  # a unit of one word, not initials


def test_same_unit_initialled_either_way_round():
    vocab = vocabulary_for(Analyzer())
    full = parse("It reached 300 parts per million.", vocab)
    short = parse("It reached 300 ppm.", vocab)
    cubic = parse("It holds 65 cubic metres.", vocab)
    cm = parse("It holds 65 cm.", vocab)
    assert same_unit_initialled(full, full.mentions[0], short, short.mentions[0])
    assert same_unit_initialled(short, short.mentions[0], full, full.mentions[0])
    assert not same_unit_initialled(cubic, cubic.mentions[0], cm, cm.mentions[0])


# a figure's unit in another spelling ("1.8 millimetres" / "1.8 mm") and a rate's "a year"
# ("1.8 mm a year", "145 days a year"), which read as the count one set against the
# sentence's other figures
RATES = {
    "Harbour_silt.txt": (
        "Harbour silt",
        "For at least the last 50 years, silt has settled in the harbour at an average rate of "
        "about 4.5 mm (0.18 in) per year.",
        "The town of Brell averages 84 days annually with frost and 12.5 days with snow.",
        "Dredgers work the channel twice a decade."),
}


@pytest.fixture(scope="module")
def rates(tmp_path_factory):
    return encyclopedia(tmp_path_factory.mktemp("rates"), RATES)


def test_a_unit_in_another_spelling_and_a_rate_state_the_claim(rates):
    claim = "Silt has settled in the harbour at about 4.5 millimetres a year for the last 50 years."
    assert check(rates, claim).verdict == "supported"


def test_another_rate_figure_is_still_contradicted(rates):
    claim = "Silt has settled in the harbour at about 9 millimetres a year for the last 50 years."
    assert check(rates, claim).verdict == "contradicted"


@pytest.mark.parametrize("text, counts", [
    # a rate: "a year" is "per year", no count of one
    ("Brell averages 84 days a year with frost.", [84.0]),
    ("The plan would cost $40 million a year.", [40e6]),
    # a length after a preposition of time, or a date before it: one week, one year
    ("The town evacuated its 900 residents within a week.", [900.0, 1.0]),
    ("The pier reopened in 2013, a year after the storm.", [2013.0, 1.0]),
])
def test_a_year_after_a_figure_and_its_noun_is_a_rate(text, counts):
    vocab = vocabulary_for(Analyzer())
    assert [m.value for m in parse(text, vocab).mentions if m.family != "name"] == counts


@pytest.mark.parametrize("text, kinds", [
    # "most" after a possessive determiner or a possessive noun is a superlative's degree
    ("The valley may have had its most severe frost in 80 years.", []),
    ("Brell's most severe flood came in 1953.", []),
    # a quantifier still: "most troops", "most of the herders"
    ("Most herders left the valley.", ["most"]),
    ("Their herders said most of the wells had dried up.", ["most"]),
])
def test_most_after_a_possessive_is_a_superlative(text, kinds):
    from qa.claims.quantifiers import quantifiers_of
    vocab = vocabulary_for(Analyzer())
    assert [kind for kind, _ in quantifiers_of(parse(text, vocab))] == kinds


FROST = {
    "Valley_frost.txt": (
        "Valley frost",
        "The Orchard Board said that the valley may have had the most severe frost in 80 years.",
        "Apple growers lost much of the blossom."),
}


def test_a_superlative_after_its_is_supported(tmp_path):
    index = encyclopedia(tmp_path, FROST)
    claim = "The valley may have had its most severe frost in 80 years, the Orchard Board said."
    assert check(index, claim).verdict == "supported"
