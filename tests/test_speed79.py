"""Round 73's exact speed-up (branch speed79): the readers asked for every claim-sentence pair
look their key up in the parse's memo themselves and call `facts.remembered` only on a miss
(the call cost more than the look-up). The same key, the same value, found or made. And the
alignments a pre-test skipping sentences that share no term with the claim would have to keep:
a sentence linked to the claim only by a number word, a synonym, an acronym's long form or a
country's adjective still states it (those pass before the change too: they pin down what any
later shortcut must not lose). Invented texts (a harbour board and its ferries).
"""
import pytest

from qa.claims import compare, facts, gates, hyphens, main_verb, roles
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


@pytest.mark.parametrize("module, ask", [
    (facts, lambda p: facts.name_positions(p)),
    (hyphens, lambda p: hyphens.closed_words(p)),
    (main_verb, lambda p: main_verb.main_verb(p)),
    (gates, lambda p: gates.claim_side(p, VOCAB)),
    (gates, lambda p: gates.sentence_side(p, VOCAB)),
    (roles, lambda p: roles.roles_at(p, 3, VOCAB)),
    (compare, lambda p: compare.name_found(
        next(m for m in p.mentions if m.family == "name"), p, VOCAB)),
])
def test_a_held_key_is_answered_without_calling_remembered(monkeypatch, module, ask):
    text = fresh("The Harbour Board of Norvik laid up four ferries in March 2031.")
    first = ask(text)  # a miss: made through `remembered`, kept in the memo
    monkeypatch.setattr(module, "remembered", refused)
    assert ask(text) is first


def test_a_miss_is_made_and_kept_under_the_same_key():
    text = fresh("The Harbour Board of Norvik laid up four ferries in March 2031.")
    assert ("name positions",) not in text.memo
    positions = facts.name_positions(text)
    assert text.memo[("name positions",)] is positions
    assert positions == facts.find_name_positions(text)
    # a value `remembered` made is the one the inline look-up finds
    other = fresh("Norvik's ferries sailed.")
    made = facts.remembered(other, ("closed words",), hyphens.find_closed_words, other)
    assert hyphens.closed_words(other) is made


def aligned(claim_text: str, sentence_text: str):
    claim, sentence = parse(claim_text, VOCAB), parse(sentence_text, VOCAB)
    weights = {t: 1.0 for t in claim.terms}
    return align(0, 1.0, claim, sentence, sentence, weights, VOCAB, set(), set(), {}, weights)


@pytest.mark.parametrize("claim, sentence", [
    # a number word for the digits
    ("The harbour board bought twelve ferries in 2031.",
     "In 2031 the harbour board bought 12 ferries."),
    ("The harbour board bought 12 ferries in 2031.",
     "In 2031 the harbour board bought twelve ferries."),
    # a synonym
    ("The harbour board purchased twelve ferries in 2031.",
     "In 2031 the harbour board bought twelve ferries."),
    # an acronym, spelled out by the sentence; a long form the claim defines
    ("The WHO bought twelve ferries in 2031.",
     "In 2031 the World Health Organization bought twelve ferries."),
    ("The Harbour Safety Board (HSB) bought twelve ferries in 2031.",
     "In 2031 the HSB bought twelve ferries."),
    # a country's adjective for its name
    ("The French navy bought twelve ferries in 2031.",
     "In 2031 the navy of France bought twelve ferries."),
])
def test_a_word_stated_only_by_its_equivalent_still_supports(claim, sentence):
    found = aligned(claim, sentence)
    assert found.stance == Stance.SUPPORTS and found.coverage == 1.0


def test_a_number_word_against_other_digits_still_contradicts():
    found = aligned("The harbour board bought twelve ferries in 2031.",
                    "In 2031 the harbour board bought 15 ferries.")
    assert found.stance == Stance.CONTRADICTS and found.conflicts


@pytest.mark.parametrize("claim, sentence", [
    ("Twelve ferries sank.", "In all, 12 vessels went down."),  # a number word only
    ("French troops left.", "France withdrew."),  # a country's adjective only
    ("Large ships docked.", "Big vessels moored."),  # a synonym only
])
def test_a_sentence_sharing_no_term_still_gets_its_coverage(claim, sentence):
    claim_terms = parse(claim, VOCAB).terms
    assert claim_terms.isdisjoint(parse(sentence, VOCAB).terms)
    found = aligned(claim, sentence)
    assert found.coverage > 0 and found.stance == Stance.RELATED


def test_a_sentence_on_another_thing_stays_unrelated():
    # the near miss: nothing of the claim, no coverage, no support
    found = aligned("The harbour board bought twelve ferries in 2031.",
                    "The gulls circled over the quay at dawn.")
    assert found.stance == Stance.RELATED and found.coverage == 0 and not found.conflicts
