"""Paraphrases that state a claim's word for support: an adverb of manner or a past-tense verb
that WordNet gives the same sense (or, for a verb, the sense above it), in the word's own
place. The sentences are written here."""
import pytest

from tests.helpers.corpora import open_written
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.paraphrase import paraphrased_terms, paraphrases, past_event
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


def stated(claim: str, sentence: str, vocab) -> frozenset[str]:
    return paraphrased_terms(parse(claim, vocab), parse(sentence, vocab), vocab)


@pytest.mark.parametrize("claim, sentence, word", [
    # a verb sharing a sense, with the same object after it
    ("The harbour board ended the fishing agreement in May.",
     "In May the harbour board terminated the agreement.", "ended"),
    ("In May the harbour board terminated the agreement.",
     "The harbour board ended the fishing agreement in May.", "terminated"),
    # a verb whose sense is just below the claim's ("dispute" is a kind of "contest")
    ("The fishermen contested the new quota.", "The fishermen disputed the new quota.",
     "contested"),
    # an adverb of manner, the same verb after both
    ("The ferry company formally opened the route.",
     "The ferry company officially opened the route in June.", "formally"),
    ("The wardens wrongly reported the catch.", "The wardens incorrectly reported the catch.",
     "wrongly"),
])
def test_a_paraphrase_in_the_words_place_states_it(vocab, claim, sentence, word):
    assert stated(claim, sentence, vocab) == frozenset(vocab.analyzer.terms(word))


@pytest.mark.parametrize("claim, sentence", [
    # the paraphrase stands elsewhere, beside other words, in another clause
    ("The harbour board ended the fishing agreement in May.",
     "The harbour board signed the fishing agreement, and the ferry service was terminated."),
    # a present form, a noun or an adjective is not paraphrased: "is slowing" for "is
    # decelerating" changed what claims said
    ("The board is ending the fishing agreement.",
     "The board is terminating the fishing agreement."),
    ("The catch had a minuscule effect on prices.", "The catch had a small effect on prices."),
    # a letter WordNet lists as a synonym ("C" for a hundred) is no paraphrase
    ("Hundreds of boats crossed the lake.", "C boats crossed the lake."),
    # the claim's word is in the sentence as written: nothing to paraphrase
    ("The board ended the agreement.", "The board ended and terminated the agreement."),
    # a word that is no paraphrase in the same place
    ("The fishermen contested the new quota.", "The fishermen welcomed the new quota."),
])
def test_no_paraphrase_is_stated_out_of_place_or_of_another_kind(vocab, claim, sentence):
    assert stated(claim, sentence, vocab) == frozenset()


def test_the_table_links_both_ways():
    assert "dispute" in paraphrases("contested") and "contest" in paraphrases("disputed")
    assert "incorrectly" in paraphrases("wrongly") and "wrongly" in paraphrases("incorrectly")
    assert not paraphrases("zzzz")


DOCS = {
    "wardens.txt": (
        "Lake Wardens\n\n"
        "The wardens incorrectly reported the number of boats on the lake as more than 40.\n\n"
        "The fishermen firmly disputed the new quota for the northern lake.\n\n"
        "Prices of maize rose in the valley markets during the rainy season.\n"
    ),
}


@pytest.fixture(scope="module")
def wardens(tmp_path_factory):
    return open_written(tmp_path_factory, "paraphrase", DOCS)


def test_a_paraphrased_verb_supports_the_claim(wardens):
    # "contested" is stated only by "disputed": without it the sentence states too little
    result = check(wardens, "The fishermen strongly contested the new quota for the northern "
                            "lake.")
    assert result.verdict == "supported", result


def test_another_verb_in_the_same_place_is_no_paraphrase(wardens):
    result = check(wardens, "The fishermen strongly welcomed the new quota for the northern "
                            "lake.")
    assert result.verdict != "supported", result


def test_a_changed_figure_is_still_contradicted_through_a_paraphrase(wardens):
    result = check(wardens, "The wardens wrongly reported the number of boats on the lake as "
                            "more than 90.")
    assert result.verdict == "contradicted", result


# Everyday paraphrases of verbs (round 34, branch verbs14): WordNet links between verbs at any
# sense rank, kept when both words are often used in the linked sense, and irregular pasts
# read by their verb.
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
    assert past_event("kept") and past_event("told") and not past_event("letting")
