"""Contradicted claims called not_found: a sentence gives one of the claim's values otherwise
and the claim's other facts, a name among them, place that value in the claim's event
(`qa.claims.anchored`), but it words the claim's predicate its own way, stating less of it than
the same-event bar (`check.EVENT`). The anchors make it the claim's event: only some word of
the predicate need be stated (`anchored.event_anchored`). The texts are invented here."""
import pytest

from qa.claims.anchored import ANCHORED_EVENT
from qa.claims.check import EVENT, check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Later, on 3 March 2009, the Tarland pilot guild was replaced by a merged harbour "
        "service, the Ostvik Coastal Authority.",
        "The Ostvik Coastal Authority was overstretched, with over 400 pilots working along "
        "a coast nearly four times the length of Norland's.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    # the year changed, the day and month and the guild anchoring it, "handed over to" for
    # "was replaced by"
    "The Tarland pilot guild formally handed over to a merged harbour service on 3 March 2010.",
    # the same, the guild's successor named: "gave up its place to" for "was replaced by"
    "The Tarland pilot guild formally gave up its place to the Ostvik Coastal Authority on "
    "3 March 2010.",
])
def test_an_anchored_value_contradicts_with_the_predicate_reworded(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # the same facts told of another deed: no word of the claim's predicate is stated
    "The Tarland pilot guild signed a fishing pact with Brenna on 3 March 2010.",
    # the deed done to a thing the sentence does not name (its duties): another deed
    "The Tarland pilot guild formally handed its duties over to the Ostvik Coastal Authority "
    "on 3 March 2010.",
])
def test_anchors_without_the_predicate_are_another_event(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


@pytest.mark.parametrize("claim", [
    "On 3 March 2009 the Tarland pilot guild was replaced by a merged harbour service.",
    "The Ostvik Coastal Authority had over 400 pilots along a coast nearly four times "
    "the length of Norland's.",
])
def test_true_claims_are_not_contradicted(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


def test_the_anchored_event_is_below_the_same_event_bar():
    assert 0 < ANCHORED_EVENT < EVENT


def test_a_name_the_passage_leaves_out_leaves_the_event_unanchored():
    # "The Lodwar Trust released its report about the Brenna floods in April" against "They
    # rejected the report about the Brenna floods in March": the Trust's, or another's
    from types import SimpleNamespace as Fact
    from qa.claims.anchored import name_absent
    trust = Fact(family="name", text="Lodwar Trust")
    april = Fact(family="month", text="April")
    found = Fact(absent=[trust], conflicts=[Fact(claim="April")])
    assert name_absent(found, set())
    assert not name_absent(found, {"Lodwar Trust"})  # the corpus's setting anchors nothing
    assert not name_absent(Fact(absent=[april], conflicts=[Fact(claim="April")]), set())
