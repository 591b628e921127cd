"""Whose deed, and in which order, read through three shapes of a claim. Invented sentences.

- "Tarland to pull troops out, three days after Norland announcement" against "Norland
  announced ... Three days later, Tarland announced ...": the owner of the noun in the time
  phrase dates the claim's event by another's; the sentence giving "announced" to the
  claim's main actor tells the claim's own event, no swap of owners. Contradicted (Norland /
  Tarland, `owner_swapped`); now the reference owner, named in the passage, bars nothing
  (`reference_event`), and one the passage never names still keeps support away.
- "was not adopted by unanimity, Chile and Peru having abstained": "by unanimity" names no
  agent (`manner_by`); read as one, the resolution's passive turned the order of the names
  and the mission was read as swapped with Chile.
- "It is only after X that Y": a cleft puts the ordered phrase first (`cleft`); read as a
  word between its events, a sentence telling Y before X read as no order, and the claim
  was supported."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "On 11 November, Norland announced that it would withdraw its 600 soldiers from the "
        "Lakeside mission by August. Three days later, Tarland announced that its troops will "
        "pull out in the next six months, earlier than planned.",
        "In June 2021, for the first time since the establishment of UNMOL, the resolution "
        "renewing its mandate was not unanimously adopted, with Chile and Peru abstaining.",
        "The Harbour Board's decision in May to close the pier followed a request from the "
        "Norland Ferry Company two weeks earlier asking for the pier to be shut.")


@pytest.mark.parametrize("claim", [
    "Tarland to pull troops out of the Lakeside mission, three days after Norland announcement",
    "Tarland pulls its troops out of the Lakeside mission three days after the Norland "
    "announcement.",
    "Since the establishment of UNMOL, the resolution of June 2021 renewing its mandate was "
    "the first not adopted by consensus, Chile and Peru having abstained.",
])
def test_a_true_claim_is_not_contradicted(lake, claim):
    assert check(lake, claim).verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    "Tarland to pull troops out of the Lakeside mission, three days after Sudland announcement",
    "It is only after the decision of the Harbour Board, in May, to close the pier that the "
    "Norland Ferry Company asked for the pier to be shut.",
    "It was not until after the Harbour Board decided in May to close the pier that the "
    "Norland Ferry Company asked for it to be shut.",
    "It was before the request of the Norland Ferry Company that the Harbour Board decided in "
    "May to close the pier.",
])
def test_a_claim_the_passage_does_not_state_is_not_supported(lake, claim):
    assert check(lake, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "It is only after the decision of the Harbour Board, in May, to close the pier that the "
    "Norland Ferry Company asked for the pier to be shut.",
    "It was before the request of the Norland Ferry Company that the Harbour Board decided in "
    "May to close the pier.",
])
def test_a_cleft_order_reversed_is_contradicted(lake, claim):
    assert check(lake, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "It was after the request of the Norland Ferry Company that the Harbour Board decided in "
    "May to close the pier.",
    "For the first time since the establishment of UNMOL, the resolution of June 2021 renewing "
    "its mandate was not adopted by unanimity, Chile and Peru having abstained.",
])
def test_a_true_claim_is_supported(lake, claim):
    assert check(lake, claim).verdict == "supported"
