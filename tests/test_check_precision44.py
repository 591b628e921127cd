"""True claims the checker read as contradicted (round 44): a noun phrase a negation denies
read as affirmed ("without the provision of additional cranes" / "no additional cranes"), a
"while" before a participle or opening a neighbour read as clauses set against each other, a
name-only conflict that states little of the claim outweighing a support, a verb of going on
stated by a synonym set against a verb of ending. The sentences are written here."""
import pytest

from qa.claims.check import check
from tests.helpers.corpora import open_written

DOCS = {
    "port.md": "# Port report\n\n"
               "The Port Board of Varel has long had too little money. While the board's remit "
               "grew steadily over the years with the rising trade, the city council did not "
               "provide the requisite funds to support the board's wider remit. This was "
               "evident when the board's remit was extended to the southern bay without the "
               "provision of additional funds.\n\n"
               "The east quay was rebuilt in 2021 without the provision of additional "
               "cranes.\n\n"
               "It is unclear how the ferry company will manage its abrupt exit while still "
               "attempting to provide some form of limited service to the outer islands for "
               "only two weeks.\n\n"
               "On 4 June, Ostmark made official its decision to withdraw from the harbour, "
               "although its officials stressed that they would maintain at least a part of "
               "their ferry service until March 2026.\n\n"
               "On 3 May, Norland told the board that it would close its ferry line. Two days "
               "later, Ostmark announced that its ships will leave the harbour in the next "
               "four months.\n",
}


@pytest.fixture(scope="module")
def port(tmp_path_factory):
    return open_written(tmp_path_factory, "precision44", DOCS)


def conflicts(result):
    return [(c.claim, c.source, c.kind) for e in result.evidence for c in e.conflicts]


def test_the_head_of_a_phrase_denied_by_without_is_not_affirmed(port):
    # "without the provision of additional cranes" denies the cranes too: no conflict with
    # a claim that says none were provided
    result = check(port, "When the east quay was rebuilt in 2021, no additional cranes were "
                         "provided.")
    assert result.verdict != "contradicted", result
    assert not any(kind == "polarity" for _, _, kind in conflicts(result)), result


def test_the_phrase_denied_still_contradicts_its_affirmation(port):
    result = check(port, "The east quay was rebuilt in 2021 with the provision of additional "
                         "cranes.")
    assert result.verdict != "supported", result


def test_an_opening_while_does_not_reach_the_next_sentence(port):
    # the "While" of the sentence before sets its own two clauses against each other, not
    # the claim's clauses against the neighbour read with it
    result = check(port, "When the board's remit was extended to the southern bay, no "
                         "additional funds were provided.")
    assert result.verdict != "contradicted", result


def test_while_before_a_participle_sets_nothing_against_anything(port):
    result = check(port, "The ferry company was left with only two weeks to serve the outer "
                         "islands while leaving.")
    assert result.verdict != "contradicted", result


WORKS = {
    "vhb.md": "# The VHB at work\n\n"
              "The Varel Harbour Board (VHB) was set up in 1990 to run the port.\n\n"
              "In order to reach its goals, the VHB has been working together with the city "
              "council and its police, the Coastal Pilots Guild (CPG), the Varel Tug "
              "Cooperative, the customs office and a range of other local groups.\n\n"
              "Fishing crews worry about getting into accidental quarrels with the customs "
              "office or incurring damage should they be seen working alongside the Drakens.\n\n"
              "The VHB dredged the north channel in 2020.\n\n"
              "The VHB raised its fees in 2022.\n",
}


def test_a_name_conflict_stating_little_of_the_claim_does_not_outweigh_a_support(
        tmp_path_factory):
    # "working alongside the Drakens" shares only "working alongside" with the claim once its
    # names are left out (and the VHB, the corpus's setting): another event, weighed by the
    # little of the whole claim it states
    index = open_written(tmp_path_factory, "precision44-works", WORKS)
    result = check(index, "The VHB works alongside the CPG and the Varel Tug Cooperative.")
    assert result.verdict == "supported", result


def test_a_verb_of_going_on_said_by_a_synonym_is_not_ended_by_another_deed(port):
    # "keep" is stated by "would maintain"; the withdrawal is the company's other deed
    result = check(port, "Ostmark officials said they would keep part of their ferry service "
                         "until March 2026.")
    assert result.verdict != "contradicted", result
    assert not any(kind == "relation" for _, _, kind in conflicts(result)), result


def test_a_swap_named_on_both_sides_is_still_a_conflict(port):
    result = check(port, "On 3 May, Ostmark told the board that it would close its ferry line.")
    assert result.verdict != "supported", result
