"""A claim that adds a fact of its own to its main clause ("; B", ", where B", ", a finding
that B dismissed", ", who seized B", a second sentence), each part stated by its own
sentence of one document, the sentences following one another (`qa.claims.clause_parts`).
Invented sentences.

- Each part alone is supported by one sentence, but two sentences read as one must state
  every word of the claim, so the whole was not_found.
- Guards: a part no sentence states, a part whose figure the source gives otherwise, a part
  stated only in a paragraph further on, and a relative clause with a subject of its own
  (its noun would have to be put back in its place) stay unsupported."""
import pytest

from qa.claims.check import check
from qa.claims.clause_parts import parts_of
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Kelvik fleet was stretched thin, with over 300 trawlers working a coast more "
        "than twice the length of Norway. Some villages could take up to five days to reach "
        "by boat.",
        "In 2019, the harbour inspectors published evidence that the storm surge near Ostvik "
        "had sunk fourteen fishing boats. The shipowners and the insurers joined forces to "
        "contest the report, dismissing its findings.",
        "On 3 March, the Norby council told the port that it would close its 40 berths. Two "
        "weeks later, the ferry company announced its own departure.",
        "The new crane was bought from the Talby yard. The yard had been enlarged at the "
        "start of 2017.",
        "The harbour board spent 2023 on plans for a second quay.",
        "Ferry traffic to Ostvik doubled in 2019.")


@pytest.mark.parametrize("claim", [
    # ", where B": a clause on the place just named
    "The Kelvik fleet of more than 300 trawlers was spread along a coast over twice the "
    "length of Norway, where some villages took as long as five days to reach by boat.",
    # an appositive noun summing up the clause before, the object of its relative clause
    "In 2019 the harbour inspectors published evidence that the storm surge near Ostvik "
    "sank fourteen fishing boats, a finding that the shipowners and insurers jointly "
    "dismissed.",
    # "; B"
    "The Norby council formally informed the port on 3 March that it would shut its 40 "
    "berths; two weeks later, the ferry company announced its own exit.",
    # a relative clause of the last noun, closing the claim
    "The new crane was originally bought from the Talby yard, which had been expanded at "
    "the start of 2017.",
    # an absolute phrase
    "The Kelvik fleet of more than 300 trawlers was spread along a coast over twice the "
    "length of Norway, with some villages needing as long as five days to reach by boat.",
    # two sentences
    "The Norby council formally informed the port on 3 March that it would shut its 40 "
    "berths. Two weeks later, the ferry company announced its own exit.",
])
def test_parts_stated_by_neighbouring_sentences(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "supported"
    assert len({e.sentence for e in result.evidence}) >= 2


@pytest.mark.parametrize("claim", [
    # the added clause no sentence states
    "The Norby council formally informed the port on 3 March that it would shut its 40 "
    "berths; two weeks later, the harbour board sold the ferry.",
    # a figure of one part given otherwise
    "The Norby council formally informed the port on 3 March that it would shut its 70 "
    "berths; two weeks later, the ferry company announced its own exit.",
    "The new crane was originally bought from the Talby yard, which had been expanded at "
    "the start of 2015.",
    # the added clause stated, but paragraphs further on: another matter
    "The new crane was originally bought from the Talby yard; ferry traffic to Ostvik "
    "doubled in 2019.",
])
def test_a_part_unstated_otherwise_or_far_off_is_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim, parts", [
    ("The fleet worked a long coast, where some villages took five days to reach.",
     ["The fleet worked a long coast", "Some villages took five days to reach"]),
    ("The board closed the gym; the pupils moved to the town hall.",
     ["The board closed the gym", "The pupils moved to the town hall"]),
    ("The inspectors found cracks in the roof, a finding that the owners dismissed.",
     ["The inspectors found cracks in the roof", "The owners dismissed this finding"]),
    ("The army entered the town in May, a move that unsettled the traders.",
     ["The army entered the town in May", "This move unsettled the traders"]),
    ("The mills were sold to the Talby brothers, who closed them in 2019.",
     ["The mills were sold to the Talby brothers", "The Talby brothers closed them in 2019"]),
    ("The gym was closed in 2021. Then the pupils moved to the town hall.",
     ["The gym was closed in 2021", "Then the pupils moved to the town hall"]),
    # a relative clause after a time tells of the clause before it
    ("The crane was to arrive early the next year, which mattered because the pier was full.",
     ["The crane was to arrive early the next year",
      "This mattered because the pier was full"]),
    # an absolute phrase makes a claim of its own
    ("The yard had not reached its full staff by May, with 80 welders and 12 riggers at work.",
     ["The yard had not reached its full staff by May", "80 welders and 12 riggers at work"]),
])
def test_parts_of_a_claim_with_an_added_clause(claim, parts):
    assert parts_of(claim) == parts


@pytest.mark.parametrize("claim", [
    # a relative clause with a subject of its own: its noun is no subject
    "The mills were sold to the Talby brothers, which the council approved in 2019.",
    # a relative clause inside the claim, not closing it
    "The mills, which the brothers bought in 2019, were closed in 2021.",
    # a relative clause after a phrase that is no noun phrase
    "The board met quickly, which surprised the traders at the harbour.",
    # a phrase with "with" too short to state a fact of its own
    "The army shelled the town, with heavy guns.",
])
def test_claims_left_whole(claim):
    assert parts_of(claim) == [claim.rstrip(".")]
