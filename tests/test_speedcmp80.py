"""Round 73's exact speed-up of `compare` and `align` (branch speedcmp80): readings whose
own first test the pair fails are not called, so the claim's readings they would make first
are never asked of a claim no pair needs them for. The same results: the tests check that
the skipped reading gives nothing there, and that a pair passing the test still gets what it
did. Invented texts (a river authority, its locks and barges).
"""
from qa.claims import compare, facts
from qa.claims.compare import Comparison
from qa.claims.noun_kin import ANCHORS, kin_anchored
from qa.claims.verb_slot_kin import verb_slot_kin_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def fresh(text: str):
    """A parse of its own (not the cached one), with an empty memo."""
    return facts.parse_text(text, VOCAB)


def test_the_kin_gate_is_the_pairs_comparison_alone():
    claim = fresh("The Osvald River Authority shut nine locks in May 2032.")
    stated = dict(enumerate(claim.mentions[:ANCHORS]))
    assert kin_anchored(Comparison([], [], [], stated, set()))
    assert not kin_anchored(Comparison([], [], [], {}, set()))
    # a fact of the claim absent from the passage, or one in conflict: no kin read
    assert not kin_anchored(Comparison([], [], [claim.mentions[0]], stated, set()))


def test_a_pair_failing_the_kin_gate_does_not_read_the_claims_verb():
    claim = fresh("The Osvald River Authority shuts nine locks each winter.")
    sentence = fresh("Barges carried grain past the weir in 2031.")
    found = compare.compare(claim, sentence, sentence, VOCAB)
    assert not kin_anchored(found)
    claim.memo.clear()  # what compare read of the claim aside
    assert verb_slot_kin_terms(claim, sentence, found) == frozenset()
    # the claim's main verb and its WordNet kin are not worked out for this pair
    assert ("main verb",) not in claim.memo
    assert ("verb slot kin",) not in claim.memo


def test_a_sentence_stating_no_fact_of_the_claim_reads_no_close_periods():
    claim = fresh("The authority inspected 14 barges a week in 2032.")
    sentence = fresh("Dredging of the lower channel resumed after the floods.")
    found = compare.compare(claim, sentence, sentence, VOCAB)
    assert not found.stated and not found.conflicts
    # `rate_period.other_period_conflicts` walks the stated facts only: with none, the
    # claim's figures counted per a period are not read
    assert ("close periods",) not in claim.memo


def test_a_sentence_stating_the_figure_still_reads_the_period_conflict():
    # near miss of the gate: the figure stated, counted per another period
    claim = fresh("The authority inspected 14 barges a week in 2032.")
    sentence = fresh("The authority inspected 14 barges a day in 2032.")
    found = compare.compare(claim, sentence, sentence, VOCAB)
    assert ("close periods",) in claim.memo
    assert any("week" in c.claim and "day" in c.source for c in found.conflicts)


def test_a_pair_passing_the_kin_gate_still_reads_the_verb():
    claim = fresh("The Osvald River Authority shut nine locks in May 2032.")
    sentence = fresh("The Osvald River Authority closed nine locks in May 2032.")
    found = compare.compare(claim, sentence, sentence, VOCAB)
    assert kin_anchored(found)
    verb_slot_kin_terms(claim, sentence, found)
    assert ("main verb",) in claim.memo
