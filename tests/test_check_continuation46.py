"""A verb of a state going on ("kept") against the sentence's verb of its end ("withdraw")
is no conflict when the sentence states the claim's verb by a synonym of its base form
("maintain" for "kept"), or when the claim states that end itself ("made its withdrawal
official; some commitment kept"): the end is the claim's other event (`qa.claims.continuation`).
Invented sentences."""
from qa.claims.continuation import ended_against_continued
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())
SENTENCE = parse("On 3 May, Norland made official its decision to withdraw its tugs from "
                 "Valmora, although officials said they would maintain some tugs until June "
                 "2026.", VOCAB)


def test_a_past_form_is_stated_by_a_synonym_of_its_base():
    claim = parse("Norland kept some tugs in Valmora until June 2026.", VOCAB)
    assert ended_against_continued(claim, SENTENCE) == []


def test_the_claims_own_end_is_no_conflict():
    claim = parse("3 May: Norland made its withdrawal official; some tugs kept until June "
                  "2026.", VOCAB)
    assert ended_against_continued(claim, SENTENCE) == []


def test_a_state_ended_is_still_a_conflict():
    claim = parse("Norland kept its tugs in Valmora in 2025.", VOCAB)
    sentence = parse("Norland withdrew its tugs from Valmora in 2025.", VOCAB)
    assert [c.source for c in ended_against_continued(claim, sentence)] == ["withdrew"]
