"""One definition of the past-form tests (`qa.claims.past_forms`), of an owner's ending
(`facts.POSSESSIVE_ENDINGS`) and of the two dated verbs (`dated.dated_verbs`): the modules
read them instead of keeping near-copies, and read what they read before."""
import importlib.util

from qa.claims import (circumstance, class_nouns, country_sides, dated, facts, negation_scope,
                       past_forms, predicate)
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import PASTS, TABLE, can_be_verb, irregular_base, table, verb_base
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())
# invented and ordinary words: regular and irregular pasts, pasts that are words of their
# own, an adjective's irregular form, base forms and non-verbs
WORDS = ("moored", "sailed", "began", "sank", "kept", "left", "paid", "worse", "bed", "dock",
         "harbour", "quayside", "zorbled", "running", "was")


def test_the_module_of_auxiliaries_no_longer_shares_a_function_name():
    assert importlib.util.find_spec("qa.claims.verb_forms") is None
    assert importlib.util.find_spec("qa.claims.auxiliaries") is not None


def test_verb_base_gives_no_empty_base_so_its_truth_is_is_not_none():
    for path in (TABLE, PASTS):
        text, start = table(path)
        for line in text[start:].splitlines():
            key, _, value = line.partition("\t")
            assert key and value not in ("", "="), line


def test_the_derivations_read_what_the_copies_read():
    for word in WORDS:
        assert past_forms.past_shaped(word) == (word.endswith("ed") or bool(verb_base(word)))
        assert past_forms.past_verb_form_or_own_word(word) == (
            can_be_verb(word) and (word.endswith("ed") or bool(verb_base(word))))
        assert past_forms.listed_or_regular_past(word) == (
            bool(verb_base(word)) or word.endswith("ed") and can_be_verb(word))
        assert past_forms.past_verb_form(word) == (
            can_be_verb(word) and (word.endswith("ed") or irregular_base(word) is not None))
        assert past_forms.past_form(word.upper()) == (word.isalpha()
                                                      and past_forms.past_verb_form(word))
    assert past_forms.past_shaped("kept") and not past_forms.past_verb_form("kept")


def test_modules_read_the_one_past_form_not_copies():
    assert predicate.past_form is past_forms.past_form
    assert negation_scope.past_form is past_forms.past_form
    assert not hasattr(circumstance, "past") and not hasattr(circumstance, "plain")


def test_one_spelling_of_an_owners_ending():
    assert facts.POSSESSIVE_ENDINGS == ("'s", "\u2019s")
    assert facts.APOSTROPHES == ("'", "\u2019")
    assert predicate.OWNER_ENDINGS[:2] == facts.POSSESSIVE_ENDINGS
    assert not hasattr(class_nouns, "POSSESSIVES")
    for word in ("pier's", "pier\u2019s"):
        assert facts.without_possessive(word) == "pier"
        assert class_nouns.noun_of(word) == "pier"
    assert facts.without_possessive("piers") == "piers"


def test_an_owners_apostrophe_makes_a_country_qualify_what_follows():
    for text in ("France's ferries sailed.", "France\u2019s ferries sailed."):
        claim = parse(text, VOCAB)
        country = next(m for m in claim.mentions if m.kind == "country")
        assert country_sides.qualifies(claim, country)


def test_dated_verbs_reads_both_dates_verbs():
    claim = parse("The ferry sailed in May 2021.", VOCAB)
    sentence = parse("The pier reopened in June 2021.", VOCAB)
    mine = next(m for m in claim.mentions if m.family == "month")
    theirs = next(m for m in sentence.mentions if m.family == "month")
    ours, their = dated.dated_verbs(claim, mine, sentence, theirs)
    assert (ours.word, their.word) == ("sailed", "reopened")
    figure = parse("The ferry carried 40 cars.", VOCAB)
    count = next(m for m in figure.mentions if m.family == "count")
    assert dated.dated_verbs(figure, count, sentence, theirs) is None
