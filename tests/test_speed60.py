"""Round 59's exact speed-ups (branch speed60): the hot readers that made a generator, an
import or a `re` template's Python code at every ask now ask C or a loop, and read what they
read before.
Invented sentences (a harbour, its ferries and guilds)."""
import re

from qa.claims.compare import acronyms_singular, singular
from qa.claims.facts import (PLURAL_ACRONYM_RE, acronym_letters_of, negated_word, parse,
                             singular_acronyms)
from qa.claims.opposition import occurrences
from qa.claims.particles import first_row, phrasal_spans
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def test_negated_word_is_any_of_its_terms_negated():
    text = parse("The guild did not approve the ferry levy, and the council set a toll.", VOCAB)
    for token in text.tokens:
        assert negated_word(text, token) == any(t in text.negated for t in token.terms)
    assert any(negated_word(text, t) for t in text.tokens)  # "approve", denied
    assert not negated_word(text, text.tokens[-1])  # "toll"


def test_a_plural_acronym_is_made_singular_by_a_function():
    assert singular_acronyms("the Velden HPAs and two NGOs") == "the Velden HPA and two NGO"
    assert singular_acronyms("the Harbour Trust") == "the Harbour Trust"
    assert singular_acronyms("the HPAs") == PLURAL_ACRONYM_RE.sub(r"\1", "the HPAs")
    assert acronym_letters_of(re.search(PLURAL_ACRONYM_RE, "two HPAs")) == "HPA"
    # compare's two singulars read it as before
    assert acronyms_singular("the HPAs of Norvik") == (True, "the HPA of Norvik")
    assert acronyms_singular("the Harbour Trust") == (False, "the Harbour Trust")
    assert singular("the HPAs") == "the hpa"


def test_first_row_is_the_first_base_with_the_particle():
    table = {("pull", "out"): "withdraw", ("set", "up"): "establish", ("pulls", "out"): "x"}
    assert first_row(table, ("pulls", "pull"), "out") == "x"
    assert first_row(table, ("pull", "pulls"), "out") == "withdraw"
    assert first_row(table, ("set",), "out") is None
    assert first_row(table, (), "up") is None


def test_phrasal_spans_still_find_a_phrasal_verb():
    claim = parse("The guild pulled out of the harbour council.", VOCAB)
    spans = phrasal_spans(tuple(claim.tokens))
    assert spans and claim.tokens[spans[0][0]].word == "pulled" \
        and claim.tokens[spans[0][1]].word == "out"


def test_occurrences_are_the_words_that_state_the_claim_word():
    claim = parse("The ferry left the quay.", VOCAB)
    sentence = parse("At dawn the ferry left the northern quay of the ferry port.", VOCAB)
    ferry = next(t for t in claim.tokens if t.word == "ferry")
    found = occurrences(ferry, sentence, VOCAB)
    assert [sentence.tokens[k].word for k in found] == ["ferry", "ferry"]
    absent = parse("The guild met.", VOCAB)
    assert occurrences(ferry, absent, VOCAB) == []


def test_a_token_keeps_its_word_in_lower_case():
    text = parse("The Harbour Trust of Port Ellery did not move the ferry.", VOCAB)
    for token in text.tokens:
        assert token.lower == token.word.lower()
    lower = next(t for t in text.tokens if t.word == "ferry")
    assert lower.lower is lower.word  # the word itself: no second string
    # not a field: tokens compare and hash as before
    assert hash(text.tokens[0]) == hash((text.tokens[0].start, text.tokens[0].end,
                                         text.tokens[0].word, text.tokens[0].terms,
                                         text.tokens[0].brk))


def test_readers_of_lower_case_words_read_as_before():
    text = parse("The guild did not approve the levy; the unchanged toll stood.", VOCAB)
    assert text.has_negation and text.negated  # "did not approve": cues read lower-case
    assert text.prefixed  # "unchanged" denies "changed"
    ranked = parse("The Guild is the largest of the guilds.", VOCAB)
    assert [m.value for m in ranked.mentions if m.family == "rank"] == ["largest"]
