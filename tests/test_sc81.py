"""True claims called contradicted by a reading of polarity (round 74, branch sc81), and the
near misses that must stay contradicted. Invented texts.

- a verb of refusal against another word of its side of the row ("refused" / "disputed"):
  both refuse (`refusals.refusal_alike`);
- a noun after a preposition inside a denial of its head ("the lack of consultation with
  dockers"): the head is denied, not the dockers (`denied_head`);
- a verb neither table signs lowers by its WordNet hypernyms ("sapped": "exhaust"), so its
  object is wanting as "a lack of" says (`scarcity.lowering_hypernyms`);
- a verb of saying before "that" frames a report and has no polarity of its own
  (`report_frame`);
- an opposite after "less" is its own reverse ("less dense" / "lighter",
  `opposite_in_place.lessened`);
- a speaker's address to the listeners ("friends,") is no actor (`vocative`).
"""
import pytest

from qa.claims.check import check
from qa.claims.vocative import unaddressed
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Dovrian harbour council firmly contested the conclusions of the Kelmar ferry fire "
        "inquiry of May 2031, saying the blaze was an accident.",
        "In most years the Velmar strikes arose from the lack of consultation with dockers, "
        "and the feeling that the harbour board listened only to shipowners.",
        "Pilots holding temporary permits showed a lack of dedication, since each of them "
        "competed to get the permit renewed.",
        "Norland suspended the runs of its fleet of 400 boats in March after three of the boats "
        "sank.",
        "Marsh gas from the Kelmar wetlands is a colourless fuel which is a touch less dense "
        "than air.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "refused" / "disputed": one side of the row
    "The Dovrian harbour council strongly refused the conclusions of the Kelmar ferry fire "
    "inquiry of May 2031.",
    # "poor consultation" / "the lack of consultation with dockers": the dockers not denied
    "Dockers' strikes at Velmar mostly stemmed from poor consultation and a feeling that the "
    "harbour board listened only to shipowners.",
    # "sapped their dedication" / "a lack of dedication"
    "For pilots, temporary permits sapped their dedication.",
    # "noted that": a frame, not a predicate rated good against "suspended"
    "The audit noted that Norland halted the runs of its 400-boat fleet in March.",
    # "a touch less dense": toward "lighter", no reversal of it
    "Marsh gas from the Kelmar wetlands is a fuel which is a bit lighter than air.",
])
def test_a_true_claim_is_not_contradicted(harbour, claim):
    assert verdict(harbour, claim) != "contradicted"


@pytest.mark.parametrize("claim", [
    # the row's other side still meets the refusal
    "The Dovrian harbour council accepted the Kelmar ferry fire inquiry's conclusions of May "
    "2031.",
    # a verb of increase still meets the want as its opposite
    "For pilots, temporary permits strengthened their dedication.",
    # a noun before the word ("pilot dedication") lends no verb's hypernyms their sign
    "For pilots, temporary permits strengthened pilot dedication.",
])
def test_a_near_miss_stays_contradicted(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


@pytest.mark.parametrize("claim, read", [
    # "friends,": the speaker's address, no actor of the claim's event
    ("In 2030, friends, several lending countries quit the Velmar fleet.",
     "In 2030, several lending countries quit the Velmar fleet."),
    ("Make no mistake, my colleagues, the fleet shrank by a third.",
     "Make no mistake, the fleet shrank by a third."),
    # a list, an apposition or a relative clause keeps its word
    ("In 2030, pilots, dockers and clerks went on strike.",
     "In 2030, pilots, dockers and clerks went on strike."),
    ("In 2030, officials, who had warned of delays, closed the pier.",
     "In 2030, officials, who had warned of delays, closed the pier."),
])
def test_an_address_to_the_listeners_is_taken_off(claim, read):
    assert unaddressed(claim) == read
