"""A value anchored to the claim's event by the claim's other facts (`qa.claims.anchored`)
must be the claim's event's, not another actor's event told in the same sentence
(`qa.claims.value_event`): "When the Varn Brotherhood advanced in February 2009, this led to ...
the deployment of the guild" does not date the guild's replacement on 1 July 2009, and a true
claim of that replacement gets no `contradicts` item from it. The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Since these storms, the coast has been in the grip of smuggling. When armed crews "
        "such as the Varn Brotherhood advanced southwards in February 2009, this led to a "
        "patrol by the Norland navy and the deployment of the Tarland-led Coastal Pilot "
        "Guild (CPG). Then, on 1 July 2009, the CPG was replaced by a joint harbour service: "
        "the Ostvik Coastal Authority (OCA). The OCA still runs the pilots today.",
        *OTHER_HARBOUR_NEWS)


TRUE = ("On 1 July 2009 the Tarland-led CPG force was replaced by a new joint harbour service, "
        "the Ostvik Coastal Authority.")


def test_another_actors_date_gives_a_true_claim_no_contradiction(harbour):
    result = check(harbour, TRUE)
    assert result.verdict == "supported"
    assert not any(e.stance == "contradicts" for e in result.evidence)


@pytest.mark.parametrize("claim", [
    # the guild's own date given otherwise, the replacement reworded: still contradicted
    "The Tarland-led CPG formally handed over to a joint harbour service on 1 July 2010.",
])
def test_the_claims_own_event_still_contradicts(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


# a modifier before "X and Y" qualifies Y too (`qa.claims.coordinated`): "additional crews
# and funds" stands in the place of "existing funds", an opposite in place
@pytest.fixture(scope="module")
def dredging(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The silt kept rising in the northern channel. This brought the decision in 2021 to "
        "widen the Tarland dredging plan to the northern channel \"within existing funds.\" "
        "The harbour board said little about it.",
        *OTHER_HARBOUR_NEWS)


def test_an_opposite_before_a_coordination_is_in_place(dredging):
    claim = ("2021 dredging plan widening to the northern channel: the Tarland board strongly "
             "backed it with additional crews and funds for the plan.")
    assert check(dredging, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "In 2021 the Tarland dredging plan was widened to the northern channel within existing "
    "funds.",
    "In 2021 the Tarland dredging plan was widened to the northern channel with existing "
    "crews and funds.",
])
def test_the_same_modifier_across_a_coordination_is_no_conflict(dredging, claim):
    assert check(dredging, claim).verdict != "contradicted"
