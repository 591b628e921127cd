"""One definition of the auxiliary verbs (`qa.claims.auxiliaries`) and of the past-form test
(`qa.claims.past_forms`): the modules read them, or derive their own set from them, instead of
keeping near-copies."""
from qa.claims import (actors, around, attribution, auxiliaries, circumstance, clause_parts,
                       clauses, compare, corrections, dated, defining_clause, facts, harmed,
                       main_verb, negation_scope, not_until, past_forms, placed_verb,
                       role_link, unsaid)
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())


def test_the_shared_sets_are_built_from_their_parts():
    assert auxiliaries.AUXILIARY_WORDS == (auxiliaries.BE | auxiliaries.HAVE | auxiliaries.DO
                                           | auxiliaries.MODAL_AUXILIARIES)
    assert auxiliaries.FINITE_AUXILIARIES - auxiliaries.AUXILIARY_WORDS == {"am"}
    assert "has" in auxiliaries.TENSED_AUXILIARIES and "been" not in auxiliaries.TENSED_AUXILIARIES


def test_facts_hands_on_the_one_definition():
    assert facts.AUXILIARY_WORDS is auxiliaries.AUXILIARY_WORDS
    assert facts.FINITE_AUXILIARIES is auxiliaries.FINITE_AUXILIARIES
    assert facts.BE is auxiliaries.BE


def test_modules_read_the_shared_sets_not_copies():
    assert negation_scope.AUXILIARIES is auxiliaries.AUXILIARY_WORDS
    assert defining_clause.VERBS_BETWEEN is auxiliaries.AUXILIARY_WORDS
    assert around.AUX is auxiliaries.TENSED_AUXILIARIES
    assert main_verb.HAVE is auxiliaries.HAVE and main_verb.DO is auxiliaries.DO
    assert main_verb.BE is auxiliaries.BE_FORMS and actors.NOT_PARTICIPLES is auxiliaries.BE_FORMS
    assert clauses.PROGRESSIVE_BE is auxiliaries.TENSED_BE
    assert not_until.AUXILIARIES is auxiliaries.AUXILIARY_WORDS
    assert unsaid.FINITE_WORDS is auxiliaries.AUXILIARY_WORDS
    assert corrections.AUXILIARIES is auxiliaries.TENSED_AUXILIARIES


def test_derived_sets_differ_from_the_shared_one_only_as_documented():
    assert attribution.AUXILIARIES == auxiliaries.AUXILIARY_WORDS - auxiliaries.BE
    assert harmed.AUXILIARIES == auxiliaries.BE | auxiliaries.HAVE
    assert circumstance.AUXILIARIES == auxiliaries.BE | auxiliaries.HAVE | auxiliaries.DO
    assert compare.VERB_BEFORE - auxiliaries.AUXILIARY_WORDS == {"to", "having", "not", "never"}


def test_past_verb_form_reads_regular_and_irregular_pasts():
    for word in ("deployed", "began", "sank", "was"):
        assert past_forms.past_verb_form(word), word
    # an irregular form of an adjective is no verb's past; a base form is no past either
    for word in ("worse", "sink", "harbour"):
        assert not past_forms.past_verb_form(word), word


def test_past_form_copies_agree_with_the_shared_test():
    for word in ("deployed", "began", "worse", "sink", "anchored", "kept"):
        shared = past_forms.past_verb_form(word)
        assert past_forms.past_form(word) == shared, word
        assert dated.datable_past(word) == shared, word
        assert placed_verb.placing_verb(word) == shared, word
    assert not dated.datable_past("Anchored")  # a capital: a title's word, not the verb


def test_role_link_reads_a_verb_after_an_auxiliary_or_a_past_form():
    tokens = parse("The ferry will dock and sailed at dawn.", VOCAB).tokens
    words = [t.word for t in tokens]
    assert role_link.predicate_verb(tokens, words.index("dock"))  # after "will"
    assert role_link.predicate_verb(tokens, words.index("sailed"))  # a past form
    assert not role_link.predicate_verb(tokens, words.index("ferry"))


def test_clause_parts_derives_its_finite_verbs_from_the_shared_set():
    """`clause_parts.FINITE` is the shared tensed auxiliaries less the words it documents
    ("may" is also a month), plus the tensed forms of remain and stay."""
    assert clause_parts.FINITE <= auxiliaries.TENSED_AUXILIARIES | {"remains", "remained", "stays",
                                                                    "stayed"}
    assert "may" not in clause_parts.FINITE and "must" in clause_parts.FINITE
