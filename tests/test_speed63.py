"""Round 61's exact speed-ups (branch speed63): a reading the claim cannot feed is not called.
Invented sentences (a harbour, its ferries, board and crews).

- The claim's own first test of a reading of `check.align` (an acronym described in
  apposition, an acronym name, a phrasal verb, "short of", a passive participle) or of `compare.compare` (a
  restatement in brackets, "from A to B", one deadline, one start, a figure with its unit,
  one date, "before" undenied, a figure owned by its actor) is
  a feature of its side (`gates`, `compare_gates`), asked once per claim: a pair without it
  never calls the reading.
- `compare.rival_of` asks for a fact of the claim's kind in the sentence before its
  remembered tests of the sentence and the claim (all pure, all answering None).
"""
import pytest

import qa.claims.check as check_module
import qa.claims.compare as compare_module
from qa.claims.check import align
from qa.claims.compare import claim_compares, compare, rival_of
from qa.claims.compare_gates import (BEFORE, DEADLINE, FROM_TO, MEASURED, ONE_DATE,
                                    OWNED_FIGURE, RESTATED, START)
from qa.claims.facts import parse
from qa.claims.gates import (APPOSED_ACRONYM, INITIALLED, PASSIVE, PHRASAL, SHORT_OF,
                             claim_side)
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def boom(*args, **kwargs):
    raise AssertionError("a reading the claim cannot feed was called")


def aligned(claim_text: str, sentence_text: str):
    claim, sentence = parse(claim_text, VOCAB), parse(sentence_text, VOCAB)
    weights = {t: 1.0 for t in claim.terms}
    return align(0, 1.0, claim, sentence, sentence, weights, VOCAB, set(), set(), {}, weights)


def test_align_leaves_the_readings_a_plain_claim_cannot_feed_uncalled(monkeypatch):
    claim = "The harbour board closed the northern pier in May."
    assert not claim_side(parse(claim, VOCAB), VOCAB).has \
        & {APPOSED_ACRONYM, INITIALLED, PHRASAL, SHORT_OF, PASSIVE}
    for name in ("described_terms", "initialled_terms", "phrasal_terms", "short_of_terms",
                 "nouned"):
        monkeypatch.setattr(check_module, name, boom)
    found = aligned(claim, "In May the harbour board closed the northern pier to ferries.")
    assert found.coverage > 0


def test_a_claim_with_each_feature_still_has_its_reading():
    has = lambda text: claim_side(parse(text, VOCAB), VOCAB).has
    assert SHORT_OF in has("The board stopped short of closing the pier.")
    assert PHRASAL in has("The crews pulled out of the harbour in May.")
    assert APPOSED_ACRONYM in has("The KHB, the harbour board, closed the pier.")
    assert INITIALLED in has("The KHB closed the pier.")
    assert PASSIVE in has("The ferries were based at the northern pier.")


def test_compare_leaves_the_readings_a_plain_claim_cannot_feed_uncalled(monkeypatch):
    claim = parse("The harbour board closed the northern pier in May.", VOCAB)
    assert not claim_compares(claim, VOCAB) & {RESTATED, FROM_TO, DEADLINE, START, MEASURED,
                                               BEFORE, OWNED_FIGURE}
    for name in ("restatements", "changed_from", "other_deadline", "other_start",
                 "other_units", "done_before", "respective_swaps"):
        monkeypatch.setattr(compare_module, name, boom)
    sentence = parse("By June 2024 the board had closed the pier, started in 2019, for 3 "
                     "weeks, up from 12 to 30 ferries.", VOCAB)
    found = compare(claim, sentence, sentence, VOCAB)
    assert [m.text for m in found.unstated] == ["May"] and not found.conflicts


@pytest.mark.parametrize("claim, sentence, conflict", [
    ("Ferry fares rose from 174 to 300.", "Ferry fares rose to 174.", ("300", "174")),
    ("The board closed the pier by June 2024.", "The board closed the pier by December 2024.",
     ("June", "December")),
    ("The crews waited four months at the pier.", "The crews waited four weeks at the pier.",
     ("four months", "four weeks")),
])
def test_a_claim_with_each_compare_feature_still_finds_its_conflict(claim, sentence, conflict):
    claim, sentence = parse(claim, VOCAB), parse(sentence, VOCAB)
    assert claim_compares(claim, VOCAB) & {FROM_TO, DEADLINE, MEASURED}
    found = compare(claim, sentence, sentence, VOCAB)
    assert conflict in [(c.claim, c.source) for c in found.conflicts]


def test_rival_of_asks_for_a_fact_of_the_kind_first(monkeypatch):
    claim = parse("The Kelvik Harbour Board closed the pier in 2019.", VOCAB)
    sentence = parse("the pier was closed to ferries after the storm", VOCAB)
    for name in ("verbless", "cites_address", "without_rival"):
        monkeypatch.setattr(compare_module, name, boom)
    for mention in claim.mentions:
        assert rival_of(mention, claim, sentence, VOCAB, False) is None


def test_a_claim_without_one_date_leaves_offsets_unread(monkeypatch):
    two = parse("The board closed the pier in 2019 and reopened it in 2021.", VOCAB)
    assert ONE_DATE not in claim_compares(two, VOCAB)
    assert ONE_DATE in claim_compares(parse("The board closed the pier in 2019.", VOCAB), VOCAB)
    monkeypatch.setattr(compare_module, "offset_dated", boom)
    sentence = parse("Three weeks later, the board closed the pier in 2019.", VOCAB)
    assert compare(two, sentence, sentence, VOCAB).stated


def test_a_claim_with_before_or_owned_figures_has_its_features():
    assert BEFORE in claim_compares(parse("The board closed the pier before May 2020.", VOCAB),
                                    VOCAB)
    assert BEFORE not in claim_compares(
        parse("The board did not close the pier before May 2020.", VOCAB), VOCAB)
    assert OWNED_FIGURE in claim_compares(
        parse("Kelvik sent 200 crews and Ostvik 450.", VOCAB), VOCAB)
