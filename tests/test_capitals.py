"""Names that open on a capital outside A-Z (`qa.text.scripts.capitals`). Invented texts.

The name pattern of claims and sources (`facts.NAME_RE`) opened a name only on A-Z, so
"Østervik", "Łódź", "Ωκεανός" were no names: a claim that put another actor in a sentence's
place was supported ("sold a tug to Brenmark" by a sentence that sold it to "Ørsholm"), the
costliest error, for every user whose names are Nordic, Polish, Turkish, French, Greek or
Russian. A capital of any cased script now opens a name as A-Z does.
"""
import re

import pytest

from qa.claims.check import check
from qa.claims.facts import NAME_RE
from qa.text.scripts import capitals
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March 2031 the port of Velm leased a dredger to Brenmark for two summers.",
        "In May 2031 the port of Velm sold a tug to Ørsholm.",
        "In 2030 the survey ship Σπάρτη mapped the shoals off Velm.",
        "In 2031 the Łódź institute paid for a new sonar.",
        "The İzmir office trained twelve divers in 2029.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "In March 2031 the port of Velm leased a dredger to Østervik.",
    "In May 2031 the port of Velm sold a tug to Brenmark.",
    "In May 2031 the port of Velm sold a tug to Åland.",
    "In 2030 the survey ship Ωκεανός mapped the shoals off Velm.",
    "In 2031 the Kraków institute paid for a new sonar.",
    "The Ankara office trained twelve divers in 2029."])
def test_another_actor_in_the_sentences_place_is_no_support(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim", [
    "In May 2031 the port of Velm sold a tug to Ørsholm.",
    "In 2030 the survey ship Σπάρτη mapped the shoals off Velm.",
    "In 2031 the Łódź institute paid for a new sonar.",
    "The İzmir office trained twelve divers in 2029.",
    # the same name without its diacritic is the same name
    "The Izmir office trained twelve divers in 2029.",
    "In March 2031 the port of Velm leased a dredger to Brenmark."])
def test_the_same_name_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("text, names", [
    ("Talks in Łódź and Île-de-France", ["Talks", "Łódź", "Île-de-France"]),
    ("the ship Ωκεανός sailed", ["Ωκεανός"]),
    ("a visit to Москва in 2030", ["Москва"]),
    ("élan and ßig words", []),
])
def test_a_name_opens_on_the_capital_of_any_cased_script(text, names):
    assert [m.group() for m in NAME_RE.finditer(text)] == names


def test_capitals_hold_upper_and_titlecase_letters_only():
    upper = re.compile(f"[{capitals()}]")
    assert all(upper.fullmatch(c) for c in "AZÀÞĀŁǅΩЖԱႠᏀⰀＡ")
    assert not any(upper.fullmatch(c) for c in "azßàłωжաაⰰ1_ 中")
