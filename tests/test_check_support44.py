"""A claim written in the nominal style of an analyst ("the temporary suspension of", "its
reliance on") against a source written with verbs ("temporarily suspended", "relied on"):
the adjective is stated by its adverb beside the verb, and a past in "-ied" has the nouns of
its verb. A degree adverb ("highly saline") or a manner word of another deed states nothing
of the claim. The sentences are written here."""
import pytest

from qa.claims import check as checking
from qa.claims.adverbs import adverb_terms, manner_adjectives
from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.search.wordnet import derived_forms, y_verb
from tests.helpers.corpora import open_written

DOCS = {
    "harbour.md": "# Orlen harbour\n\n"
                  "In May, after a collision, the port authority temporarily suspended the "
                  "night ferries from Orlen.\n\n"
                  "The regional council unanimously renewed the dredging contract in 2021.\n\n"
                  "The station reported highly saline water in the northern trench.\n\n"
                  "Two research vessels shared the pier with the local fishing fleet.\n\n"
                  "The fishing cooperative denied any role in the collision of the ferries.\n\n"
                  "Storms in the autumn of 2018 delayed the supply ships by three weeks.\n\n"
                  "A new laboratory for sediment samples opened at the station in 2020.\n",
    "tugs.md": "# Tugboats\n\n"
               "During the storm season the harbour's reliance on two old tugboats worried "
               "the pilots.\n\n"
               "The pilots' guild asked the council for a third tugboat in 2022.\n",
}


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return open_written(tmp_path_factory, "harbour44", DOCS)


@pytest.mark.parametrize("claim", [
    "In May, after a collision, a temporary suspension of the night ferries from Orlen by the "
    "port authority took place.",
    "The regional council's unanimous renewal of the dredging contract came in 2021.",
])
def test_an_adjective_of_the_nominal_style_is_stated_by_its_adverb(harbour, claim):
    result = check(harbour, claim)
    assert result.verdict == "supported", result
    assert not any(word in fact for fact in result.unverified
                   for word in ("temporary", "unanimous")), result


def test_without_the_adverb_reading_the_adjective_is_unverified(harbour, monkeypatch):
    monkeypatch.setattr(checking, "adverb_terms", lambda *args: frozenset())
    result = check(harbour, "In May, after a collision, a temporary suspension of the night "
                            "ferries from Orlen by the port authority took place.")
    assert "temporary" in result.unverified, result


def test_a_past_in_ied_has_the_nouns_of_its_verb():
    assert "reliance" in derived_forms("relied")  # the exception list's base: rely
    assert "denial" in derived_forms("denied")  # no entry there: "-ied" read as "-y"
    assert y_verb("died") == ()  # too short to be read so ("dy")


def test_a_claim_verb_in_ied_is_stated_by_its_noun(harbour):
    result = check(harbour, "During the storm season the harbour relied on two old tugboats.")
    assert result.verdict == "supported", result
    assert "relied" not in result.unverified, result  # "reliance"; unverified without "-ied"


def test_a_degree_adverb_states_no_adjective(harbour):
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("The station reported highly saline water in the northern trench.", vocab)
    assert not manner_adjectives(sentence, vocab)  # "highly" grades "saline", no verb
    claim = parse("The station reported high salinity in the northern trench.", vocab)
    assert not adverb_terms(claim, sentence, vocab)


def test_the_adjective_must_stand_before_a_noun(harbour):
    vocab = vocabulary_for(harbour.analyzer)
    sentence = parse("The port authority temporarily suspended the night ferries.", vocab)
    assert adverb_terms(parse("A temporary suspension of the ferries.", vocab), sentence, vocab)
    # predicative, after a break, or before a word of no content: not the deed's manner
    assert not adverb_terms(parse("The suspension of the ferries was temporary.", vocab),
                            sentence, vocab)
    assert not adverb_terms(parse("It was temporary, the suspension.", vocab), sentence, vocab)


def test_an_adverb_does_not_lend_the_rest_of_a_claim(harbour):
    # "temporarily" states "temporary"; the ferries to another town are not stated
    result = check(harbour, "In May, after a collision, a temporary suspension of the night "
                            "ferries from Kelmar by the port authority took place.")
    assert result.verdict != "supported", result
