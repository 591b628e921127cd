"""A claim of clauses each stated by its own sentence of one document, the sentences following
one another (`qa.claims.clause_parts`). Invented sentences.

- "Because the depot was already full, any additional delivery was conditional on council
  authorization ..." against "The depot is already full. Any delivery of extra cranes would be
  contingent on ... permission from the town council ...": each clause alone is supported
  (its paraphrases within what one sentence may leave unsaid), but two sentences read as one
  must state every word of the claim, so the whole was not_found.
- Guards: a clause no sentence states, a clause stated three sentences off or in a paragraph
  further on, a clause with a figure or a word set against the source's, and clauses set
  against each other ("while") stay unsupported."""
import pytest

from qa.claims.check import check
from qa.claims.clause_parts import parts_of
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The harbour board spent 2023 on plans for a second quay.",
        "Nevertheless, one of the main barriers to a second quay lies within the town. The "
        "harbour's northern depot at Kelvik is already full. As a result, any delivery of "
        "extra cranes to the eastern pier would be contingent on the harbour board gaining "
        "permission from the town council to acquire more land and widen the yard.",
        "Inspectors found deep cracks in the roof of the old gym at Norby in 2021. The gym was "
        "closed for the rest of the year. As a result, pupils took their sports lessons in the "
        "town hall.",
        "This left the town hall's wooden floor badly worn by the end of the year. The council "
        "paid 40,000 crowns to repair it.",
        "A new library opened at Norby in 2018.",
        "Ferry traffic to Ostvik doubled in 2019.")


@pytest.mark.parametrize("claim", [
    "Because the Kelvik depot was already full, any additional delivery of cranes to the "
    "eastern pier was conditional on council authorization to acquire land and widen the yard.",
    "The Kelvik depot was already full, so sending extra cranes to the eastern pier depended "
    "on the town council letting the board acquire more land.",
    "Since the old gym at Norby had been shut for the rest of the year, pupils had their "
    "sports lessons at the town hall, and as a result its wooden floor was badly worn by the "
    "end of the year.",
])
def test_clauses_stated_by_sentences_that_follow_one_another(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the second clause no sentence states: the claim is half-stated
    "Because the Kelvik depot was already full, the harbour board sold the ferry to Ostvik.",
    # the second clause stated, but in a paragraph further on: another matter
    "Because the Kelvik depot was already full, ferry traffic to Ostvik doubled in 2019.",
    "Because the gym was closed for the rest of the year, a new library opened at Norby.",
    # a clause whose word the source sets otherwise
    "The Kelvik depot was already empty, so sending extra cranes to the eastern pier "
    "depended on the town council letting the board acquire more land.",
    # clauses set against each other: the whole claim's reading of who did what stands
    "The Kelvik depot was already full, while any delivery of extra cranes to the eastern "
    "pier would be contingent on permission from the town council.",
])
def test_a_claim_half_stated_or_stated_apart_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_a_clause_with_a_figure_otherwise_is_not_supported(harbour):
    claim = ("The town hall's wooden floor was badly worn by the end of the year, so the "
             "council spent 90,000 crowns on fixing it.")
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim, parts", [
    ("Because the depot was full, the trucks waited at the gate.",
     ["the depot was full", "The trucks waited at the gate"]),
    ("The depot was full, so the trucks waited at the gate.",
     ["The depot was full", "The trucks waited at the gate"]),
    ("The river flooded the docks, which led to a two-week halt of the ferry.",
     ["The river flooded the docks", "This led to a two-week halt of the ferry"]),
    ("The river flooded the docks, and as a result, the ferry stopped for two weeks.",
     ["The river flooded the docks", "The ferry stopped for two weeks"]),
    # a relative clause of the last noun tells of that noun (`qa.claims.clause_parts`)
    ("The ferry was run by the harbour board, which owned the docks at Ostvik.",
     ["The ferry was run by the harbour board", "The harbour board owned the docks at Ostvik"]),
])
def test_parts_of_a_claim_of_clauses(claim, parts):
    assert parts_of(claim) == parts


@pytest.mark.parametrize("claim", [
    # an opening phrase with no verb of its own is no clause
    "After the elections of May 2021, the council met in the town hall.",
    # a verb after ", and" shares the first clause's subject
    "The board closed the gym in 2021, and paid 40,000 crowns for the hall's floor.",
    # clauses set against each other are read whole
    "The depot was full, while the yard at Ostvik stood empty.",
])
def test_claims_left_whole(claim):
    assert len(parts_of(claim)) == 1


def test_when_clause_without_a_comma_is_kept_with_its_clause():
    assert parts_of("When the team arrived there were very few buildings, so whole camps had "
                    "to be shipped in.") == [
        "When the team arrived there were very few buildings",
        "Whole camps had to be shipped in"]


@pytest.fixture(scope="module")
def bridge(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The old bridge at Sundby was closed in May after engineers found rust in its cables. "
        "Traffic on the coast road rose by a third over the summer. Since then the town's two "
        "ferries have carried most of the remaining commuters.",
        "The council hired 12 extra bus drivers in June.",
        "The lighthouse at Tarn was painted red in April. Tourists crowded the beaches of "
        "Tarland that summer.")


@pytest.mark.parametrize("claim", [
    "Since the old Sundby bridge was shut in May, most of the remaining commuters were "
    "carried by the town's two ferries.",
    "After the old bridge at Sundby was shut in May, the town's two ferries took most of "
    "the remaining commuters.",
])
def test_clauses_stated_by_sentences_of_one_paragraph(bridge, claim):
    assert check(bridge, claim).verdict == "supported"


def test_a_clause_whose_figure_the_paragraph_gives_otherwise_is_not_supported(bridge):
    claim = ("After the old bridge at Sundby was shut in May, the town's three ferries "
             "carried most of the remaining commuters.")
    assert check(bridge, claim).verdict != "supported"


def test_a_clause_of_the_next_paragraph_not_at_its_edge_is_not_supported(bridge):
    # the bridge's sentence opens its paragraph: the next paragraph's is no neighbour of it
    claim = "The old bridge at Sundby was closed in May, so the council hired 12 extra bus " \
            "drivers in June."
    assert check(bridge, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Because the lighthouse at Tarn was repainted red in April, visitors crowded the beaches "
    "of Tarland that summer.",
    "The lighthouse at Tarn was given red paint in April, so visitors crowded the beaches of "
    "Tarland that summer.",
])
def test_a_cause_two_untied_sentences_do_not_state_is_not_supported(bridge, claim):
    # each clause is stated, but neither sentence refers to the other: the claim's "because"
    # is its own
    assert check(bridge, claim).verdict != "supported"


def test_clauses_merely_added_need_no_tie(bridge):
    # (the first clause said "repainted" until round 65: a repainting is a second painting,
    # which "was painted" does not tell, `qa.claims.prefixed_deed`)
    claim = ("The lighthouse at Tarn was painted red in April, and visitors crowded the "
             "beaches of Tarland that summer.")
    assert check(bridge, claim).verdict == "supported"
