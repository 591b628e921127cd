"""One definition of the auxiliary verbs and of the past-form test (`qa.claims.verb_forms`):
the modules read it, or derive their own set from it, instead of keeping near-copies."""
from qa.claims import (actors, around, attribution, circumstance, clause_parts, clauses, compare,
                       corrections, dated, defining_clause, facts, harmed, main_verb,
                       negation_scope, not_until, placed_verb, predicate, role_link, unsaid,
                       verb_forms)
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def test_the_shared_sets_are_built_from_their_parts():
    assert verb_forms.AUXILIARY_WORDS == (verb_forms.BE | verb_forms.HAVE | verb_forms.DO
                                          | verb_forms.MODAL_AUXILIARIES)
    assert verb_forms.FINITE_AUXILIARIES - verb_forms.AUXILIARY_WORDS == {"am"}
    assert "has" in verb_forms.TENSED_AUXILIARIES and "been" not in verb_forms.TENSED_AUXILIARIES


def test_facts_hands_on_the_one_definition():
    assert facts.AUXILIARY_WORDS is verb_forms.AUXILIARY_WORDS
    assert facts.FINITE_AUXILIARIES is verb_forms.FINITE_AUXILIARIES
    assert facts.BE is verb_forms.BE


def test_modules_read_the_shared_sets_not_copies():
    assert negation_scope.AUXILIARIES is verb_forms.AUXILIARY_WORDS
    assert defining_clause.VERBS_BETWEEN is verb_forms.AUXILIARY_WORDS
    assert around.AUX is verb_forms.TENSED_AUXILIARIES
    assert main_verb.HAVE is verb_forms.HAVE and main_verb.DO is verb_forms.DO
    assert main_verb.BE is verb_forms.BE_FORMS and actors.NOT_PARTICIPLES is verb_forms.BE_FORMS
    assert clauses.PROGRESSIVE_BE is verb_forms.TENSED_BE
    assert not_until.AUXILIARIES is verb_forms.AUXILIARY_WORDS
    assert unsaid.FINITE_WORDS is verb_forms.AUXILIARY_WORDS
    assert corrections.AUXILIARIES is verb_forms.TENSED_AUXILIARIES


def test_derived_sets_differ_from_the_shared_one_only_as_documented():
    assert attribution.AUXILIARIES == verb_forms.AUXILIARY_WORDS - verb_forms.BE
    assert harmed.AUXILIARIES == verb_forms.BE | verb_forms.HAVE
    assert circumstance.AUXILIARIES == verb_forms.BE | verb_forms.HAVE | verb_forms.DO
    assert compare.VERB_BEFORE - verb_forms.AUXILIARY_WORDS == {"to", "having", "not", "never"}


def test_past_verb_form_reads_regular_and_irregular_pasts():
    for word in ("deployed", "began", "sank", "was"):
        assert verb_forms.past_verb_form(word), word
    # an irregular form of an adjective is no verb's past; a base form is no past either
    for word in ("worse", "sink", "harbour"):
        assert not verb_forms.past_verb_form(word), word


def test_past_form_copies_agree_with_the_shared_test():
    for word in ("deployed", "began", "worse", "sink", "anchored", "kept"):
        shared = verb_forms.past_verb_form(word)
        assert predicate.past_form(word) == shared, word
        assert dated.past_form(word) == shared, word
        assert placed_verb.placing_verb(word) == shared, word
    assert not dated.past_form("Anchored")  # a capital: a title's word, not the verb


def test_role_link_reads_a_verb_after_an_auxiliary_or_a_past_form():
    tokens = parse("The ferry will dock and sailed at dawn.", VOCAB).tokens
    words = [t.word for t in tokens]
    assert role_link.predicate_verb(tokens, words.index("dock"))  # after "will"
    assert role_link.predicate_verb(tokens, words.index("sailed"))  # a past form
    assert not role_link.predicate_verb(tokens, words.index("ferry"))


def test_clause_parts_derives_its_finite_verbs_from_the_shared_set():
    """`clause_parts.FINITE` is the shared tensed auxiliaries less the words it documents
    ("may" is also a month), plus the tensed forms of remain and stay."""
    assert clause_parts.FINITE <= verb_forms.TENSED_AUXILIARIES | {"remains", "remained", "stays",
                                                                   "stayed"}
    assert "may" not in clause_parts.FINITE and "must" in clause_parts.FINITE
