"""What a noun of absence denies ("the lack of X") and what a determiner before a name
describes, read within their own phrase. Invented sentences.

- "The lack of air assets has limited the ferry's reach": past the clause's verb, the
  possessive is the object's; the lack is still of the assets (`facts.complement_start`).
  Read as denying "reach", a true claim was refused by its own paraphrase (not_found 0.0).
- "Norland has the primary duty to inspect ferries in Valmora": "the primary duty to inspect
  ferries in" is no description of Valmora (`identity.premodifiers`); read as one, a document
  that said it of another body lent the words to any sentence naming Valmora."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.identity import identities
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, denied, kept", [
    ("The lack of harbour tugs has greatly limited the port's capacity.", "tug", "capac"),
    ("The lack of harbour tugs limited the port's capacity.", "tug", "capac"),
    ("The absence of pilots was blamed on the council's budget.", "pilot", "budget"),
    ("The lack of the council's support was clear.", "support", "council"),
])
def test_a_noun_of_absence_denies_its_own_phrase(text, denied, kept):
    negated = parse(text, VOCAB).negated
    assert denied in negated and kept not in negated


def test_a_prepositional_phrase_is_no_description_of_a_name():
    claim = parse("Norland has the primary duty to inspect ferries in Valmora.", VOCAB)
    assert not any(i.terms for i in identities(claim, set(), VOCAB))


def test_a_description_before_a_name_is_still_read():
    claim = parse("The Norland shipping company Ferrolux bought two ferries.", VOCAB)
    assert any(i.terms for i in identities(claim, set(), VOCAB))


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Sweden proposed to send two tugs to Valmora. The proposal met resistance in the "
        "regional council. Above all, extra tugs would only help if Valmora simultaneously "
        "dredged its channel to reduce damage to ferries.",
        "The lack of harbour tugs in the north has greatly limited the port's capacity over "
        "the past few years.",
        "One should remember that the city council of Valmora has the primary duty to "
        "inspect ferries within its waters.",
        # more passages, so that Sweden, in one of them, is no setting of the corpus
        "The ferry terminal reopened after the storm season.",
        "Fishing crews complained about the new mooring fees.")


def test_a_claim_of_absence_is_supported_by_its_paraphrase(harbour):
    assert check(harbour, "The lack of harbour tugs has greatly limited the port's "
                          "capacity.").verdict == "supported"


def test_words_around_a_name_are_not_lent_by_the_document(harbour):
    """The document says it of the city council; the sentence beside Sweden's proposal
    states only "Valmora" and "ferries" of it."""
    assert check(harbour, "Sweden has the primary duty to inspect ferries in "
                          "Valmora.").verdict != "supported"
