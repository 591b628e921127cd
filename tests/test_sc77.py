"""True claims that were called contradicted by a conflict read between the wrong words, and
the near misses that must stay contradicted. Invented texts.

- an absolute phrase with a predicate of absence ("with the patrols absent") agrees with
  "the lack of patrols" (`scarcity.after_with`, `scarcity.absence_word`);
- a name whose noun is left to the last item of a list ("one Norlandic, two Sudlandic
  sailors") owns that noun too (`shared_head`);
- a year right before a place's adjective and a noun ("the 2011 Canadian ice storm") dates
  that place's event, no rival of a claim's year for an event in another country it names
  (`dated_named_event`);
- a name in another word form ("the Continental fair" / "the Continent fair") is the same name
  (`derived_names`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour master said that the lack of Norlandic coastguard patrols along the "
        "western shore meant the ferry company was in effect the only operator there.",
        "On 3 March 2031 divers searched the northern quay, a day after a storm surge "
        "flooded the grain depot and injured one Norlandic, several Sudlandic sailors and "
        "two dock workers.",
        "The long Ostrian Continental flood finally receded in 2029, after eleven months.",
        "By contrast, the 2011 Canadian ice storm killed an estimated 300 people, with winds "
        "slightly weaker than in Chile and Peru.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "with ... absent" says what "the lack of" says
    "The harbour master said that with Norlandic coastguard patrols absent from the western "
    "shore, the ferry company was in effect the only operator there.",
    "The harbour master said that with Norlandic coastguard patrols missing along the "
    "western shore, the ferry company was the only operator there.",
    # "one Norlandic, several Sudlandic sailors": a Norlandic sailor among them
    "A storm surge flooded the grain depot and injured a Norlandic sailor and several "
    "Sudlandic sailors.",
    # "Continental" is the adjective of "continent"
    "The long Ostrian Continent flood finally receded in 2029.",
    # "the 2011 Canadian ice storm" is Canada's; Chile's storm of 2019 is another event
    "An ice storm killed more than 40 people in Chile in 2019.",
])
def test_a_true_claim_is_not_contradicted(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # patrols present: still the opposite of their lack
    "The harbour master said that Norlandic coastguard patrols were present along the "
    "western shore in large numbers.",
    # "one Norlandic": not several of them, the counts swapped between the names
    "A storm surge flooded the grain depot and injured several Norlandic sailors and one "
    "Sudlandic sailor.",
    # a country the list does not name
    "A storm surge flooded the grain depot and injured several Westrian sailors.",
    # the year of the same flood, given otherwise
    "The long Ostrian Continent flood finally receded in 2025.",
    # the Canadian storm itself, dated otherwise
    "The Canadian ice storm of 2014 killed an estimated 300 people.",
])
def test_a_near_miss_is_not_supported(harbour, claim):
    assert verdict(harbour, claim) != "supported"
