"""Two parties' parts in a division of labour, swapped. Invented sentences.

A writer swaps who leads and who assists, or who holds a duty and who is "there to" help:
"the duty to inspect the ferries lies with the coast guard, with the harbour board there to
assist it" against a passage saying the board has the duty and the guard is there to assist
it. Each sentence of the passage names one of the parties in a role the claim gives the
other, and coverage supported the swapped claim. The holder of a noun of a part and the agent
of "there to" are read (`held_roles`); a passage giving one claim party's part to the other,
and neither its own, withholds support (`part_given`).
"""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Under the 2029 port rules the Velport harbour board has the chief duty to inspect "
        "ferries entering the estuary. The coast guard is there to assist the harbour board "
        "on patrols. Any new patrol boat must fit a plan the board leads.",
        "The safety audit of the ferry line, due in March, is being run by the coast guard "
        "station in Ostrum with support from Velport. No operator has asked for a delay.")


@pytest.mark.parametrize("claim", [
    "The coast guard has the chief duty to inspect ferries entering the estuary, and the "
    "harbour board is there to assist it.",
    "The harbour board is there to assist the coast guard, which has the chief duty to "
    "inspect ferries.",
    "The safety audit of the ferry line is run by Velport with support from the coast guard "
    "station in Ostrum.",
])
def test_swapped_parts_are_not_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The chief duty to inspect ferries entering the estuary rests with the Velport harbour "
    "board.",
    "The coast guard is there to assist the harbour board on patrols.",
    "The harbour board has the chief duty to inspect ferries, with the coast guard there to "
    "assist it.",
    "The safety audit of the ferry line is run by the coast guard station in Ostrum, with "
    "support from Velport.",
])
def test_parts_as_told_stay_supported(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


def test_a_third_party_in_no_part_stays_unsupported(harbour):
    # near miss: a party the passage never gives the duty, with the board's own part told
    assert check(harbour, "The chief duty to inspect ferries entering the estuary rests with "
                          "the port police, with the harbour board there to assist it."
                 ).verdict != "supported"


def test_support_from_is_a_passive_agent_no_swap(harbour):
    # "run by X with support from Y" against "X ran it, supported by Y": Y is after the deed
    # in both, as its doer; read as an active verb, the noun made the names look swapped
    assert check(harbour, "The coast guard station in Ostrum ran the safety audit of the "
                          "ferry line, supported by Velport.").verdict == "supported"


def test_support_from_swapped_is_contradicted(harbour):
    assert check(harbour, "The safety audit of the ferry line is run by Velport, supported by "
                          "the coast guard station in Ostrum.").verdict == "contradicted"
