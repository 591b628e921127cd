"""A support that leaves much of the claim's point unverified is not sure: a sentence that
states all of a claim but its verb ("sold" / "rebuilt") or the thing it is about ("yacht" /
"tanker") still reaches the coverage support needs, but such supports are right too seldom
for a confidence of 0.8 or more (`qa.claims.point_left`). A claim the sentence states whole
keeps its confidence. Invented sentences."""
import pytest

from qa.claims.calibration import SURE
from qa.claims.check import check
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The 2031 Tarrow Isle wildfires were a series of fires started by lightning strikes "
        "on 4 March 2031 on Tarrow Isle, resulting in the destruction of 4,200 hectares of "
        "heathland and coastal reserve.",
        "The Ostvik breakwater was rebuilt in 2029 after the winter storms damaged its "
        "northern arm.",
        "The pilots' guild charges a fee for every tanker it brings into the inner basin.",
        "In the southern valleys, half of the lowland meadows have been turned into pasture "
        "since 1990.")


@pytest.mark.parametrize("claim", [
    "The Ostvik breakwater was sold in 2029 after storms damaged its northern arm.",
    "The pilots' guild charges a fee for every yacht it brings into the inner basin.",
    "Lightning fires on Tarrow Isle destroyed 4,200 hectares of heathland and vineyards.",
])
def test_a_support_with_its_point_unverified_is_not_sure(harbour, claim):
    result = check(harbour, claim)
    assert result.unverified  # the word the sentence does not state is reported
    if result.verdict.value == "supported":
        assert result.confidence < SURE


@pytest.mark.parametrize("claim", [
    "The Ostvik breakwater was rebuilt in 2029 after storms damaged its northern arm.",
    "The pilots' guild charges a fee for every tanker it brings into the inner basin.",
])
def test_a_claim_stated_whole_stays_sure(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict.value == "supported" and result.confidence >= SURE


def test_point_left_weighs_the_unstated_words_outside_names_and_figures():
    from qa.claims.facts import parse  # the module under test is new in this change
    from qa.claims.point_left import point_left
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("Brell Harbour sold 40 tugs to Ostvik.", vocab)
    points = {t: 1.0 for t in claim.terms}
    sold, tugs = (set(vocab.analyzer.terms(w)) for w in ("sold", "tugs"))
    assert point_left(claim, points, frozenset(claim.terms)) == 0.0
    # the names and the figure are not counted as left: support needs them stated anyway
    assert point_left(claim, points, frozenset(claim.terms - sold)) \
        == pytest.approx(len(sold) / len(points))
    assert point_left(claim, points, frozenset(claim.terms - sold - tugs)) \
        > point_left(claim, points, frozenset(claim.terms - sold))
