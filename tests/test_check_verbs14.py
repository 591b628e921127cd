"""Everyday paraphrases of verbs (round 34, branch verbs14): WordNet links between verbs at any
sense rank, kept when both words are often used in the linked sense, and irregular pasts read
by their verb. The sentences are written here."""
import pytest

from qa.claims.facts import parse
from qa.claims.paraphrase import paraphrased_terms, paraphrases
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def stated(claim: str, sentence: str, vocab) -> frozenset[str]:
    return paraphrased_terms(parse(claim, vocab), parse(sentence, vocab), vocab)


@pytest.mark.parametrize("word, other", [
    ("told", "inform"),  # an irregular past, by its verb; "tell" 2nd sense is a kind of "inform"
    ("kept", "maintain"),  # an irregular past sharing the first sense
    ("asked", "request"),  # "ask" 2nd sense, a kind of "request"
    ("cleared", "authorize"),  # the 4th sense of "clear", the participle an adjective too
    ("guarded", "protect"),  # the 2nd sense of "guard", one step below "protect"
])
def test_everyday_verbs_reach_their_formal_paraphrase(word, other):
    assert other in paraphrases(word)


@pytest.mark.parametrize("word, other", [
    ("gave", "change"),  # a rare sense of a verb with forty senses links nothing
    ("saw", "suffer"),
    ("signed", "reject"),
    ("held", "detain"),  # the link exists only through an instance pointer
])
def test_rare_senses_and_other_events_are_not_linked(word, other):
    assert other not in paraphrases(word)


@pytest.mark.parametrize("claim, sentence, word", [
    ("In March the harbour board told the ferry company that it would close the pier.",
     "In March the harbour board informed the ferry company that it would close the pier.",
     "told"),
    ("The wardens were cleared to patrol the northern lake.",
     "The wardens were authorized to patrol the northern lake.", "cleared"),
    ("The ferry company kept a small office in the harbour.",
     "The ferry company maintained a small office in the harbour.", "kept"),
])
def test_an_everyday_verb_is_stated_by_its_paraphrase_in_place(vocab, claim, sentence, word):
    assert stated(claim, sentence, vocab) == frozenset(vocab.analyzer.terms(word))


def test_a_present_participle_is_no_past_event():
    # the table of forms that are words of their own lists "letting" as well as "kept"
    from qa.claims.paraphrase import past_event
    assert past_event("kept") and past_event("told") and not past_event("letting")
