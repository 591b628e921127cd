"""Shorthand a claim writes that the corpus spells out (`qa.claims.shorthand`): an acronym of
a lower-case corpus phrase ("HAA": harbour access agreement), one taking two letters of a
closed compound ("BH": boathouses), a clipped word with its full stop read by its neighbour
("nav. patrols": naval patrols, not "navigation"); with the near misses that must stay
unknown: an ambiguous acronym, one general English gives another meaning ("PM"), the rest of
the claim unstated, a corpus past the size the reader scans.
Also two readings the spelled-out words reach: a body's acronym taking two letters of a
closed compound in its name (`short_forms.compound_spelled`), "the lack of X" against
"plenty of X" (`litotes`: the negation's own word reaches no opposite), and "weak X" as
"a lack of X". Invented texts."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Repeated breaches of the 2029 harbour access agreement hindered cargo coordination "
        "between the port board and the coast guard.",
        "The harbour access agreement was renewed by the port board in 2030, and the port "
        "manager welcomed it.",
        "In May 2031 the port board sent two naval patrols to the outer islands.",
        "The naval patrols found no smugglers, and the navigation lights of the eastern "
        "channel were repaired.",
        "The fishers' boathouses on the north shore were flooded in the spring storms. Most "
        "boathouses were rebuilt within a year.",
        "The boat crews returned to the harbour master's house in June; the port manager "
        "met them there.",
        "Cargo control and coast command share one radio channel; cargo control opens at "
        "dawn, coast command at noon.",
        "By 2030, the Office of Waterworks Planning kept a small crew at the harbour office.",
        "The lack of tugboats in the northern harbour has limited the port board's reach "
        "in recent years.",
        "Seasonal contracts for the pilots bred a lack of commitment amongst the crews.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    "Repeated breaches of the 2029 HAA impeded cargo coordination between the port board "
    "and the coast guard.",
    "The HAA was renewed by the port board in 2030.",
    "The fishers' BHs on the north shore were flooded in the spring storms.",
    "By 2030, OWWP kept a small crew at the harbour office.",
])
def test_shorthand_spelled_by_corpus_supported(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # the acronym spelled out, another party in the claim
    "The HAA was renewed by the coast guard in 2030.",
    # the body's acronym read as its name, its team another size
    "By 2030, OWWP had a large team at the harbour office.",
])
def test_shorthand_near_misses_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("written, spelled", [
    ("two nav. patrols", "two naval patrols"),  # the neighbour picks "naval"
    ("the CC opens", "the CC opens"),  # cargo control or coast command: unknown
    ("the PM met them", "the PM met them"),  # general English's PM, no "port manager"
    ("a committee (HAA)", "a committee (HAA)"),  # the claim says what it stands for
])
def test_spelled_shorthand(harbour, written, spelled):
    from qa.claims.shorthand import spelled_shorthand
    assert spelled_shorthand(harbour, written) == spelled


def test_weak_restates_lack(harbour):
    # "weak" tells a scarcity as "a lack of" does (`scarcity.low_end`)
    assert verdict(harbour, "Seasonal contracts for the pilots bred weak commitment amongst "
                            "the crews.") != "contradicted"


def test_plenty_against_lack_contradicted(harbour):
    assert verdict(harbour, "Plenty of tugboats in the northern harbour have been available "
                            "to the port board in recent years.") == "contradicted"


def test_a_corpus_past_the_scanned_size_leaves_shorthand_unknown(harbour, monkeypatch):
    # the reader joins and scans the whole corpus: past its bound it does not run
    from qa.claims import shorthand
    claim = "The HAA was renewed by the port board in 2030."
    assert verdict(harbour, claim) == "supported"
    monkeypatch.setattr(shorthand, "MAX_PASSAGES", 3)
    assert verdict(harbour, claim) == "not_found"
