"""A relation opposed only one WordNet link further is never placed by a shared phrase.

The indirect and event-opposite tables join words through any of their senses ("promote" in
rank, "reduce" in rank), so `opposite_reversed` leaves their reversal unplaced: it contradicts
only with the whole rest stated (`check.CONTRADICT`). A phrase the two texts share beside a
conflict lowers that bar for a name or a relation replaced in place (`phrase_place`); it must
not lower it for such a pair, or "reduced river safety checks" is contradicted by
"promoting river safety" (a true claim called contradicted when both readings met)."""
from qa.claims.check import CONTRADICT, REVERSED_REST, rest_needed
from qa.claims.facts import parse
from qa.claims.opposite_in_place import one_link_further
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind


def relation(mine: str, theirs: str, sentence: str = "") -> Conflict:
    start = sentence.find(theirs) if sentence else 0
    return Conflict(mine, theirs, ConflictKind.RELATION, (start, start + len(theirs)))


def test_only_the_one_link_tables_make_a_pair_sense_blind():
    assert one_link_further(relation("reduced", "promoting"))
    assert one_link_further(relation("gained", "lost"))
    # a direct antonym pair is opposed in its own sense
    assert not one_link_further(relation("increased", "decreased"))
    # a pair other finders oppose, that no table joins
    assert not one_link_further(relation("granted", "blocked"))
    assert not one_link_further(Conflict("Danish", "Norwegian", ConflictKind.ACTOR))


def test_a_sense_blind_opposite_in_a_shared_phrase_needs_the_whole_rest():
    vocab = vocabulary_for(Analyzer())
    sentence = "The harbour board kept promoting river safety in the lagoon towns."
    claim = "The harbour board reduced river safety checks in the lagoon towns."
    needed = rest_needed([relation("reduced", "promoting", sentence)], parse(claim, vocab),
                         parse(sentence, vocab), vocab)
    assert needed == CONTRADICT
    # an antonym in the same phrase is the claim's relation replaced in place
    sentence = "The harbour board decreased river safety checks in the lagoon towns."
    claim = "The harbour board increased river safety checks in the lagoon towns."
    needed = rest_needed([relation("increased", "decreased", sentence)], parse(claim, vocab),
                         parse(sentence, vocab), vocab)
    assert needed == REVERSED_REST
