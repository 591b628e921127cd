"""Wrong `supported` verdicts (round 54, branch prec54). Invented sentences.

- a figure given to another noun of the sentence, where a modifier stands between the
  claim's figure and its noun ("310 additional divers" against "(310 pilots, 150 divers)"),
  or where the claim's noun phrase is followed, after a coordinator, by the sentence's noun
  ("of which 200 were dockers and the remainder clerks" against "700 dockers and 200
  clerks"): contradicted (`qa.claims.counted_heads`, `compare.swapped_numbers`);
- a count stated by a label's number ("brought at least three new contracts" against "the
  opening of a level-3 dry dock should remove an obstacle to winning contracts"): the
  label counts nothing, the claim's count is unstated (`qa.claims.label_numbers`);
- a readiness the sentence denies told as one the claim affirms in other words ("were happy
  to take their boats past the sandbar" against "are not willing to take their boats past
  the sandbar"): no support (`qa.claims.denied_disposition`);
- a deed given to another office: "the county surveyor had urged" against "the Regional
  Water Commissioner urged", a title capitalised inside a name (`qa.claims.titled_actors`);
- a party the claim says was left out, listed by the sentence among the members ("left
  Varnholm out of its ranks" against "a framework ... that comprised Kessport, Varnholm,
  ..."): no support (`qa.claims.excluded_member`);
- another occasion after "at" ("drowned twelve guests at a funeral" against "... at a
  wedding party"): no support (`qa.claims.occasion_in_place`).
Restatements, the label's own number among them, still support."""
import pytest

from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March the harbour board debated, but did not adopt, the Tarrow plan to hire an "
        "additional 460 staff (310 pilots, 150 divers) for the outer port.",
        "So far, the Kessport terminal has an authorized strength of 900 workers, of which "
        "700 dockers and 200 clerks.",
        "The imminent opening of a new level-3 dry dock at Lindmoor should remove one "
        "significant obstacle to winning repair contracts for the northern yard.",
        "The flood of 2019 closed the Dunmere ferry terminal, leading to a sharp fall in "
        "passenger numbers on the estuary.",
        "Most of the pilot crews are not willing to take their boats past the sandbar in "
        "winter and run the risk of losing them.",
        "Last spring, the Regional Water Commissioner urged the port authority to dredge the "
        "outer channel before the autumn storms.",
        "The talks were held in Dunmere under the Estuary Forum, a framework set up by the "
        "county to settle the eel dispute that comprised Kessport, Varnholm, the eel "
        "fishers' guild and the Harbour Board.",
        "In 2020, a county report found that a storm surge near Lindmoor had drowned twelve "
        "guests at a wedding party on the old quay.")


@pytest.mark.parametrize("claim", [
    # the figure given to the other noun, a modifier between it and its noun
    "The Tarrow plan envisaged 310 additional divers among its 460 staff.",
    "The Tarrow plan called for 150 extra pilots out of 460 staff.",
    # the figure's noun before a coordinator, the sentence's noun after it
    "The Kessport terminal's authorized strength was 900 workers, of which 200 were dockers "
    "and the remainder clerks.",
])
def test_a_figure_given_to_another_noun_is_contradicted(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The opening of the level-3 dry dock at Lindmoor brought at least three new repair "
    "contracts for the northern yard.",
    "Lindmoor's new dry dock won three repair contracts for the northern yard.",
    "Three repair contracts for the northern yard followed the opening of Lindmoor's dry dock.",
])
def test_a_label_number_states_no_count(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Most pilot crews were happy to take their boats past the sandbar in winter.",
    "The harbour master said most pilot crews were keen to take their boats past the "
    "sandbar in winter.",
    "Most of the pilot crews want to take their boats past the sandbar in winter.",
])
def test_a_denied_readiness_withholds_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "Last spring, the county surveyor had urged the port authority to dredge the outer "
    "channel before the autumn storms.",
    "The county attorney-general urged the port authority to dredge the outer channel before "
    "the autumn storms.",
])
def test_a_deed_given_to_another_office_withholds_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "The Estuary Forum, set up by the county to settle the eel dispute, left Varnholm out "
    "of its ranks.",
    "The Estuary Forum, set up by the county to settle the eel dispute, excluded Kessport.",
])
def test_a_member_said_left_out_withholds_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    "A storm surge near Lindmoor drowned twelve guests at a funeral on the old quay.",
    "In 2020, a storm surge near Lindmoor drowned twelve people at a funeral.",
])
def test_another_occasion_withholds_support(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


@pytest.mark.parametrize("claim", [
    # the figures with their own nouns
    "The Tarrow plan envisaged 310 additional pilots among its 460 staff.",
    "The Tarrow plan called for 150 extra divers out of 460 staff.",
    "The Kessport terminal's authorized strength was 900 workers, of which 200 were clerks "
    "and the remainder dockers.",
    # the label's own number
    "The opening of a new level-3 dry dock at Lindmoor should remove an obstacle to winning "
    "repair contracts for the northern yard.",
    "A level 3 dry dock is to open at Lindmoor.",
    "The flood of 2019 closed the Dunmere ferry terminal.",
    # the office as the sentence names it, or no actor
    "Last spring, the Regional Water Commissioner urged the port authority to dredge the "
    "outer channel.",
    "Last spring, the port authority was urged to dredge the outer channel before the autumn "
    "storms.",
    # the members as the sentence lists them
    "The Estuary Forum, set up by the county to settle the eel dispute, comprised Kessport "
    "and Varnholm.",
    # the occasion as the sentence tells it
    "A storm surge near Lindmoor drowned twelve guests at a wedding party on the old quay.",
    # the readiness denied as the sentence denies it
    "Most of the pilot crews are not willing to take their boats past the sandbar in winter.",
])
def test_restatements_still_support(harbour, claim):
    assert check(harbour, claim).verdict == "supported"
