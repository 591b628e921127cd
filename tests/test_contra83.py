"""A value in conflict placed in the claim's own role, with the claim's event stated, needs
no more of the rest than the event does (`check.rest_for_event`): "after one harbour
strike in 2030" / "after two harbour strikes in 2029 and 2030", the rest in other words, unless
the sentence dates its value and the claim dates nothing. A
figure in conflict whose whole counted phrase is the sentence's figure's ("up to 30
percent of the coastguard's patrol capacity" / "up to 70 percent of the coastguard's patrol
capacity") stands in the claim's own fact: the claim's other words may be reworded, and it is
contradicted once its event is stated (`counted_place.counted_in_full`). Two words of the
phrase alike, a measure, or a fact of the claim the sentence leaves out keep the whole bar.
Invented sentences."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Rough seas and a thin budget left up to 70 percent of the coastguard's patrol "
        "capacity tied to escorting tankers and ferry lanes, rather than watching the "
        "fishing grounds.",
        "Vellmar remains the most dangerous harbour of the coast, with 212 trawlers lost in "
        "winter storms during the last century.",
        "At present the port may employ 1,250 harbour pilots: 900 seniors and 350 "
        "trainees.",
        "A ferry may spend up to four weeks reaching the outer islands by sea.",
        "The guild also faced a growing list of obstacles to its trade after two harbour "
        "strikes in 2029 and 2030 raised tensions with the port authorities.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # a share of the same three-word whole, the rest of the claim in words of its own
    "Let us be frank, neighbours: up to 30 percent of the coastguard's patrol capacity "
    "went on escorting tankers and ferry lanes instead of watching the fishing grounds.",
    "Only around a fifth of the coastguard's patrol capacity, on the most hopeful count, went "
    "on escorting tankers and ferry lanes.",
    # a count of the same thing in the year both give, the rest reworded and framed
    "In the chronicle's telling, the guild's obstacles mounted after one harbour "
    "strike in 2030 strained relations with the port's rulers.",
    # a count of the same three-word thing
    "Over the past century, more than 500 trawlers lost in winter storms made Vellmar a "
    "harbour no other port could match for danger.",
])
def test_a_figure_of_the_same_counted_phrase_contradicts(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "contradicted"
    conflicts = [c for e in result.evidence for c in e.conflicts]
    assert conflicts and all(c.kind.value in ("percent", "number") for c in conflicts)


@pytest.mark.parametrize("claim", [
    # the sentence's own figure, reworded: never a contradiction
    "Let us be frank, neighbours: up to 70 percent of the coastguard's patrol capacity "
    "went on escorting tankers and ferry lanes instead of watching the fishing grounds.",
    "In the chronicle's telling, the guild's obstacles mounted after two harbour strikes "
    "in 2029 and 2030 strained relations with the port's rulers.",
    # two words alike ("harbour pilots"): what any two counts of pilots share
    "The board wanted around 400 more harbour pilots for the port, most of them trainees.",
    # a measure: any two durations share "weeks"
    "Some ferries needed as long as six weeks to reach the outer islands, crews said.",
    # a year the sentence does not give: another year's share, perhaps
    "In 2031 alone, up to 30 percent of the coastguard's patrol capacity went on escorting "
    "tankers and ferry lanes.",
])
def test_no_contradiction_without_the_whole_phrase_and_the_claims_facts(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.fixture(scope="module")
def lagoon(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Tests at the Varde lagoon station show that salt concentrations have grown from "
        "about 310 parts per thousand in 1961, passing the 420 mark in May 2020.",
        "The guild also faced a growing list of obstacles to its trade after two harbour "
        "strikes in 2029 and 2030 raised tensions with the port authorities.")


def test_a_value_the_sentence_dates_is_not_placed_for_a_claim_dating_none(lagoon):
    # perhaps of another time: the rest must place it, as for any figure
    assert verdict(lagoon, "Before the dams, salt concentrations in the Varde lagoon once "
                           "climbed as high as 6,000 parts per thousand.") != "contradicted"
