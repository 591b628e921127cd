"""What a passive verb acts on is its subject (`qa.claims.passive_patient`): "the proposed
charter was vetoed by the Salters' League" acts on the charter as "the League approved the
charter" does, so the two verbs of opposite polarity are placed by the head both act on
(`acted_on.reversed_action`), and an object closed by a reduced passive ("the charter drafted
by the council") has its noun as head, not the participle. The texts are invented here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.acted_on import actions
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def charter(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A harbour charter brokered by the Brenna mayor was signed by the Ostvik pilots' "
        "council in May 2018. However, the proposed charter was vetoed by the Salters' "
        "League of Tarland, on the grounds that it ignored the needs of the inland "
        "warehouses.",
        *OTHER_HARBOUR_NEWS)


def test_an_active_claim_against_a_passive_opposite_is_contradicted(charter):
    claim = ("The Salters' League of Tarland warmly endorsed the harbour charter brokered by "
             "the Brenna mayor in May 2018.")
    assert check(charter, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the passive sentence read as it is: true claims stay true
    "The proposed charter was vetoed by the Salters' League of Tarland.",
    "The Ostvik pilots' council signed a harbour charter in May 2018.",
])
def test_true_claims_are_not_contradicted(charter, claim):
    assert check(charter, claim).verdict == "supported"


def test_a_near_miss_stays_unsupported(charter):
    # the charter's vetoing welcomed: the charter heads no subject here (a preposition
    # governs it), so nothing places a reversal, and nothing says the vetoing was welcomed
    claim = "The League's veto of the proposed charter was welcomed by the Brenna mayor."
    assert check(charter, claim).verdict == "not_found"


def test_the_passive_subject_and_the_trimmed_object_are_the_heads(charter):
    vocab = vocabulary_for(charter.analyzer)
    passive = parse("The proposed charter was vetoed by the League.", vocab)
    assert [(v.word, h.word) for v, _, h in actions(passive)] == [("vetoed", "charter")]
    active = parse("The League endorsed the charter brokered by the mayor.", vocab)
    assert [(v.word, h.word) for v, _, h in actions(active)] == [("endorsed", "charter")]
    governed = parse("The veto of the charter was welcomed by the mayor.", vocab)
    assert not any(h.word == "charter" for _, _, h in actions(governed))


# an antonym across the voices whose verbs act on the same head is the predicate reversed of
# it (`placement.placement_of`: SAME_HEAD before BESIDE), which places the claim's event though
# the sentence leaves most of its other words to the one before
@pytest.fixture(scope="module")
def ferry_plan(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A ferry plan drafted by the Brenna harbour office was endorsed by the Ostvik "
        "council in August 2020. However, the ferry plan was rejected by the Boatmen's Union "
        "of Tarland, which said it left the island routes without boats in winter.",
        *OTHER_HARBOUR_NEWS)


def test_an_antonym_across_voices_on_the_same_head_is_contradicted(ferry_plan):
    claim = ("In August 2020 the Boatmen's Union of Tarland accepted the ferry plan drafted by "
             "the Brenna harbour office and already endorsed by the Ostvik council.")
    assert check(ferry_plan, claim).verdict == "contradicted"


def test_the_plan_rejected_as_told_is_supported(ferry_plan):
    assert check(ferry_plan, "The Boatmen's Union of Tarland rejected the ferry plan.").verdict \
        == "supported"
