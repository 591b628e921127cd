"""Study notes write "e.g.", "i.e.", "etc." and "c." / "ca." before a figure; a report writes
"such as", "that is", "and so on", "about" (`qa/data/informal.tsv`). Left as written, "e" and
"g" were claim words no sentence states. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.informal import written_out
from tests.conftest import port_report


@pytest.mark.parametrize("note, report", [
    ("Harbours, e.g. Valmora and Orlen, were dredged.",
     "Harbours, such as Valmora and Orlen, were dredged."),
    ("Harbours, i.e. Valmora and Orlen, were dredged.",
     "Harbours, that is Valmora and Orlen, were dredged."),
    ("Valmora, Orlen etc. were dredged.", "Valmora, Orlen and so on were dredged."),
    ("The pier was built c. 1910.", "The pier was built about 1910."),
    ("The dredging cost ca. $4 million.", "The dredging cost about $4 million."),
    ("C. 2,000 dockers went on strike.", "About 2,000 dockers went on strike."),
    ("A prelim. deal ended the ops at the pier.",
     "A preliminary deal ended the operations at the pier."),
    ("Orlen = 3rd-largest port of the coast.", "Orlen = third-largest port of the coast."),
])
def test_note_abbreviations_are_spelled_out(note, report):
    assert written_out(note) == report


@pytest.mark.parametrize("text", [
    "Berth C was closed.",          # a letter naming something, no figure after it
    "Vitamin C 500 tablets were unloaded.",   # "c" without its dot is not "circa"
    "The ferry left at 6 a.m. on Monday.",
])
def test_letters_that_are_not_abbreviations_stay(text):
    assert written_out(text) == text


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Several harbours of the coast, such as Valmora and Orlen, were dredged in 2019 at a "
        "cost of about $4 million.",
        "The old pier of Valmora was built in 1910 and closed to ferries in 2021.")


def test_a_note_with_e_g_is_stated_whole(harbour):
    result = check(harbour, "Harbours, e.g. Valmora and Orlen, were dredged in 2019.")
    assert result.verdict == "supported"
    assert not {"e", "g"} & set(result.unverified)


def test_circa_hedges_the_figure_it_precedes(harbour):
    assert check(harbour, "Dredging of Valmora and Orlen in 2019 cost c. $4 million.").verdict \
        == "supported"


def test_a_month_after_a_name_dates_the_deed():
    """"submitted to UNSC Jan 2023": the UNSC and a date, not an actor "UNSC January"."""
    from qa.claims.facts import parse
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    claim = parse("The survey was sent to PHA January 2023.", vocabulary_for(Analyzer()))
    names = [m.text for m in claim.mentions if m.family == "name"]
    assert names == ["PHA"]


@pytest.mark.parametrize("note, kept", [
    ("Initial authorized fleet: 12 tugs.", "Initial authorized fleet: 12 tugs."),  # a caption
    ("Wild stat: 12 tugs were sold.", "12 tugs were sold."),                       # a label
])
def test_a_label_before_a_bare_value_is_its_subject(note, kept):
    assert written_out(note) == kept


def test_a_caption_without_a_verb_is_a_statement():
    from qa.claims.check import validate
    assert validate("Valmora harbour dredging (2019): Orlen main contractor.")
    assert validate("Dredging cost in 2019 - $4 million")


@pytest.fixture(scope="module")
def fleet(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour authority of Valmora was initially authorized to keep a fleet of 12 tugs.",
        "The survey of the channel was submitted to the harbour authority in January 2023 and "
        "offered three options.")


@pytest.mark.parametrize("claim, verdict", [
    ("Initial authorized fleet of the harbour authority: 12 tugs.", "supported"),
    ("Initial authorized fleet of the harbour authority: 15 tugs.", "contradicted"),
    ("Channel survey submitted to harbour authority Jan 2023, offered 3 options.", "supported"),
])
def test_notes_are_checked_as_statements(fleet, claim, verdict):
    assert check(fleet, claim).verdict == verdict
