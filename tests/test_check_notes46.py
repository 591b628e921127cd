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
