"""Round 62's exact speed-up (branch speed66): `check.align` reads the share of the claim's
event a sentence states only for a pair with a conflict, where `stance_of` weighs it for a
contradiction; a pair with none (most of a batch) leaves it unread. Invented sentences (a
harbour board, its crews and ferries).
"""
from qa.claims.check import align
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Stance

VOCAB = vocabulary_for(Analyzer())


class UnreadEvents:
    """The claim's fact terms (none), which the event's share joins to what it leaves out
    (`found.excluded | events`, a set's union with no set: this object's `__ror__`): reading
    the event here fails the test."""

    def __ror__(self, other):
        raise AssertionError("the event was read for a pair with no conflict")


def aligned(claim_text: str, sentence_text: str, events=frozenset()):
    claim, sentence = parse(claim_text, VOCAB), parse(sentence_text, VOCAB)
    weights = {t: 1.0 for t in claim.terms}
    return align(0, 1.0, claim, sentence, sentence, weights, VOCAB, set(), events, {}, weights)


def test_a_pair_with_no_conflict_leaves_the_event_unread():
    found = aligned("The harbour board repainted the four ferries in May.",
                    "The harbour board repainted the four ferries in May.",
                    UnreadEvents())
    assert found.stance == Stance.SUPPORTS and not found.conflicts


def test_a_pair_with_a_conflict_still_weighs_the_event():
    found = aligned("The harbour board repainted the four ferries in May.",
                    "The harbour board repainted the four ferries in August.")
    assert found.conflicts and found.stance == Stance.CONTRADICTS
