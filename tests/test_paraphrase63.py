"""Contradicted claims called not_found: a claim's past verb or a verb it completes, reworded
by a WordNet paraphrase in the same place ("challenged" / "contested", "to move" / "to
transport"), was counted as stated for support only, so a sentence stating the claim's event
with one fact changed fell short of the rest a conflict needs. `check.align` now counts
the in-place paraphrase (`qa.claims.paraphrase.paraphrased_terms`) for the rest and the event
too. The texts are invented here."""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A shortage of tugboats and barges has forced the harbour board to transport the bulk of its "
        "timber and grain by rail, with the old tracks causing long delays in delivery.",
        "The Ostvik harbour board contested the audit's findings on the losses at Brenna in "
        "March 2016, claiming the money had been spent on repairs.",
        *OTHER_HARBOUR_NEWS)


@pytest.mark.parametrize("claim", [
    # a past verb paraphrased in place ("challenged" / "contested"), the year changed
    "The harbour board challenged the audit's findings on the losses at Brenna in "
    "March 2015, saying the money went on repairs.",
    "The harbour board disputed the audit's findings on the losses at Brenna in "
    "March 2015, maintaining the money went on repairs.",
    # a verb completing another ("to move" / "to transport"), the means denied
    "Ample tugboats allowed the harbour board to move the bulk of its timber by barge.",
])
def test_a_paraphrased_event_with_one_fact_changed_is_contradicted(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "The harbour board challenged the audit's findings on the losses at Brenna in "
    "March 2016, saying the money went on repairs.",
    "The harbour board disputed the audit's findings on the losses at Brenna in "
    "March 2016.",
])
def test_the_paraphrased_event_told_right_is_not_contradicted(harbour, claim):
    assert check(harbour, claim).verdict != "contradicted"


def test_a_paraphrase_that_is_the_conflicts_own_word_lends_the_rest_nothing():
    from qa.claims.facts import parse
    from qa.claims.paraphrase import apart_from_conflicts, every_paraphrase
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    claim = parse("The gazette wrongly gave the count of lost trawlers as 40.",
                  vocabulary_for(Analyzer()))
    every_paraphrase(claim)  # reads the claim's paraphrasable words
    wrongly = next(t.terms[0] for t in claim.tokens if t.word == "wrongly")
    found = frozenset({wrongly})
    # "incorrectly", the paraphrase, read as the reversal of another claim word
    assert apart_from_conflicts(claim, found, ["incorrectly"]) == frozenset()
    # a side of several words holds it as the reversed thing's words; another word is no part
    assert apart_from_conflicts(claim, found, ["incorrectly reported figures"]) == found
    assert apart_from_conflicts(claim, found, ["rightly"]) == found
