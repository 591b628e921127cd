"""Round 73's exact speed-up of the support vetoes and reversals (branch speedveto80): what
depends on the claim alone is remembered on its parse, what depends on the sentence alone on
the sentence's, and words are looked up once. Each memo holds its key after the first ask and
answers it again without making it anew (the same object), and each gate refuses a pair
without reading its sentence; the readings give what they gave. Invented texts (a river
port, its ferry guild and its harbour council).
"""
import pytest

from qa.claims import (named_modifier, opposite_in_place, part_given, qualifier_unstated, roles,
                       sole_holder, subject_turned, unasserted, unsaid, verb_kin)
from qa.claims import facts
from qa.claims.check import align
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Stance

VOCAB = vocabulary_for(Analyzer())


def refused(*args):
    raise AssertionError("remembered was called for a key the memo holds")


def fresh(text: str):
    """A parse of its own (not the cached one), with an empty memo."""
    return facts.parse_text(text, VOCAB)


SWAP_CLAIM = "The ferry guild closed the Vesk landing at the behest of the harbour council."


@pytest.mark.parametrize("module, ask", [
    (roles, lambda p: roles.role_slots(p, VOCAB)),
    (roles, lambda p: roles.crossable_slots(p, VOCAB)),
    (roles, lambda p: roles.two_role_verbs(p, VOCAB)),
    (part_given, lambda p: part_given.two_parties(p, VOCAB)),
    (opposite_in_place, lambda p: opposite_in_place.every_opposite(p)),
    (subject_turned, lambda p: subject_turned.subject_verbs(p)),
    (named_modifier, lambda p: named_modifier.owned_nouns(p)),
    (verb_kin, lambda p: verb_kin.sentence_kin(p)),
])
def test_a_claim_or_sentence_reading_is_made_once(monkeypatch, module, ask):
    text = fresh(SWAP_CLAIM)
    first = ask(text)  # a miss: made through `remembered`, kept in the memo
    monkeypatch.setattr(module, "remembered", refused)
    assert ask(text) is first


def test_verb_places_are_remembered_on_the_sentence_by_the_claim_word():
    claim = fresh("The guild closed the landing.")
    sentence = fresh("In May the guild closed the old landing at Vesk.")
    verb = claim.tokens[2]
    assert verb.word == "closed"
    first = roles.verb_places(verb, sentence, VOCAB)
    assert ("verb places", verb.word, verb.terms, VOCAB) in sentence.memo
    assert roles.verb_places(verb, sentence, VOCAB) is first
    assert [sentence.tokens[k].word for k in first] == ["closed"]
    # another claim's token of the same spelling and terms is answered from the memo too
    other = fresh("Floods closed the landing.").tokens[1]
    assert roles.verb_places(other, sentence, VOCAB) is first


def test_claim_slots_cross_only_distinct_participants():
    claim = fresh(SWAP_CLAIM)
    crossed = roles.crossable_slots(claim, VOCAB)
    assert crossed and all(not roles.holds(a, claim, b, claim, VOCAB)
                           for _, _, a, _, _, b in crossed)
    alone = fresh("The ferry guild sailed north.")
    assert roles.crossable_slots(alone, VOCAB) == ()


def test_a_claim_with_no_opposable_word_reads_no_sentence_forms():
    # the gate's refusal: with no opposite to look for, the sentence's forms are not made
    claim = fresh("Kestrel Bay is in Vesk.")
    sentence = fresh("The guild shut the landing and opened a new quay.")
    assert opposite_in_place.every_opposite(claim) == frozenset()
    assert not opposite_in_place.opposed_by_form(claim, sentence)
    assert ("form places",) not in sentence.memo


def test_a_claim_with_no_subject_verb_reads_no_sentence_forms():
    claim = fresh("Quiet streets of Vesk.")
    sentence = fresh("The guild shut the landing and opened a new quay.")
    assert subject_turned.subject_verbs(claim) == ()
    assert not subject_turned.turned_for_subject(claim, sentence)
    assert ("form places",) not in sentence.memo


@pytest.mark.parametrize("ask, word", [
    (unasserted.directive, "urged"),
    (unasserted.attempt, "struggled"),
    (unsaid.asks_for, "recommended"),
    (unsaid.verb_like, "moved"),
    (opposite_in_place.one_link_opposites, "widened"),
    (qualifier_unstated.superlative, "busiest"),
    (sole_holder.undivided_word, "solely"),
    (verb_kin.verb_bases, "took"),
])
def test_a_word_asked_again_is_answered_from_the_cache(ask, word):
    first = ask(word)
    hits = ask.cache_info().hits
    assert ask(word) == first
    assert ask.cache_info().hits == hits + 1


def aligned(claim_text: str, sentence_text: str):
    claim, sentence = parse(claim_text, VOCAB), parse(sentence_text, VOCAB)
    weights = {t: 1.0 for t in claim.terms}
    return align(0, 1.0, claim, sentence, sentence, weights, VOCAB, set(), set(), {}, weights)


def test_a_swap_of_participants_is_still_no_support():
    # the near miss the remembered slots must still read: the guild and the council traded
    found = aligned(SWAP_CLAIM,
                    "The harbour council closed the Vesk landing at the behest of the "
                    "ferry guild.")
    assert found.stance != Stance.SUPPORTS


def test_the_participants_in_their_own_places_still_support():
    found = aligned(SWAP_CLAIM,
                    "At the behest of the harbour council, the ferry guild closed the Vesk "
                    "landing.")
    assert found.stance == Stance.SUPPORTS
