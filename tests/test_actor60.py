"""True claims called contradicted by another actor's sentence: a negation read from a sentence
whose grammatical subject names other actors (`qa.claims.subject_names`). The texts are
written here."""
import pytest

from qa.claims.compare import flipped
from qa.claims.facts import parse
from qa.claims.subject_names import subject_names, subject_of_another
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer

VOCAB = vocabulary_for(Analyzer())

# the second of two sentences weighing buyers: its "likely" is the Board's and the Trust's
OTHERS = ("The Ferry Board and the Port Trust, the latter of which has quarrelled with the "
          "town council, could have trouble agreeing on a price, but they remain more "
          "likely buyers.")


def parsed(text):
    return parse(text, VOCAB)


# the passage tells the Guild apart, in its first sentence
PASSAGE = parse("The Harbour Guild seems an unlikely buyer. " + OTHERS, VOCAB)


def test_the_subject_keeps_its_coordination_and_apposition():
    names = [m.text for m in subject_names(parsed(OTHERS), 0)]
    assert "Ferry Board" in names and "Port Trust" in names


def test_a_negation_read_from_another_actors_subject_is_theirs():
    claim = parsed("The Harbour Guild seems unlikely to buy the quay.")
    sentence = parsed(OTHERS)
    assert flipped(claim, sentence, VOCAB)  # "unlikely" / "likely": read as a reversal
    assert subject_of_another(claim, 0, sentence, 0, PASSAGE, VOCAB)


@pytest.mark.parametrize("claim", [
    # the sentence's subject names the claim's actor: a reversal of its own
    "The Ferry Board seems unlikely to buy the quay.",
    "The Ferry Board and the Port Trust seem unlikely buyers.",
    # the claim's subject names no one: the sentence's actors may be the claim's
    "The two boards seem unlikely buyers.",
])
def test_a_subject_the_claim_shares_or_leaves_unnamed_keeps_the_reversal(claim):
    assert not subject_of_another(parsed(claim), 0, parsed(OTHERS), 0, PASSAGE, VOCAB)


def test_a_name_the_claim_compares_against_is_no_subject_of_its_own():
    # "likelier than the Guild" is not reversed by the Guild's own "unlikely"
    claim = parsed("The Ferry Board and the Port Trust seem likelier buyers than the Harbour "
                   "Guild.")
    sentence = parsed("The Harbour Guild seems an unlikely buyer.")
    assert [m.text for m in subject_names(claim, 0)] == ["Ferry Board", "Port Trust"]
    assert subject_of_another(claim, 0, sentence, 0, PASSAGE, VOCAB)


def test_a_sentence_naming_the_claims_subject_elsewhere_keeps_the_reversal():
    claim = parsed("The Harbour Guild seems unlikely to buy the quay.")
    sentence = parsed("The Ferry Board still thinks the Harbour Guild a likely buyer.")
    assert not subject_of_another(claim, 0, sentence, 0, PASSAGE, VOCAB)


def test_a_pronoun_subject_may_be_the_claims_actor():
    claim = parsed("The Harbour Guild seems unlikely to buy the quay.")
    sentence = parsed("It still seems a likely buyer of the quay.")
    assert not subject_of_another(claim, 0, sentence, 0, PASSAGE, VOCAB)


# a passage telling the same deed by three actors, one after the other
SERIES = ["On 3 May, the Ferry Board announced that it would sell its boats.",
          "Two days later, Norvik announced that it would sell its boats too.",
          "On 9 May, Velden also made public its decision to sell its boats."]


def series_conflict(claim, sentence):
    from qa.types import Conflict, ConflictKind
    from qa.claims.series import another_of_series
    sentences = [parsed(text) for text in SERIES]
    name = next(m.text for m in claim.mentions if m.family == "name")
    theirs = next(m.text for m in sentences[sentence].mentions if m.family == "name")
    return another_of_series(claim, sentences[sentence],
                             [Conflict(name, theirs, ConflictKind.ACTOR)], sentences, VOCAB)


def test_another_actors_deed_of_a_series_is_no_contradiction():
    # the passage dates Velden's deed in its third sentence: the second is Norvik's own
    assert series_conflict(parsed("On 9 May, Velden announced that it would sell its boats."), 1)


@pytest.mark.parametrize("claim, sentence", [
    # another actor given the claim's date: a contradiction
    ("On 9 May, Norvik announced that it would sell its boats.", 2),
    # the passage gives the claim's actor no date of the claim's
    ("On 12 May, Velden announced that it would sell its boats.", 1),
    # no date: nothing tells which deed of the series is the claim's
    ("The town of Velden announced that it would sell its boats.", 1),
])
def test_a_series_keeps_the_contradictions_it_cannot_place(claim, sentence):
    assert not series_conflict(parsed(claim), sentence)


@pytest.mark.parametrize("text", [
    "The Harbour Guild's members seem unlikely buyers.",  # an owner's noun heads it
    "A sale by the Harbour Guild seems unlikely.",
    "The old mission in Velden seems unlikely to last.",
])
def test_a_subject_headed_by_a_common_noun_gives_no_actor(text):
    assert subject_names(parsed(text), 0) == []


def test_a_passage_that_never_names_the_claims_subject_keeps_the_reversal():
    # the equivalences cannot tell whether the sentence's actors are the claim's
    claim = parsed("The Harbour Guild seems unlikely to buy the quay.")
    assert not subject_of_another(claim, 0, parsed(OTHERS), 0, parsed(OTHERS), VOCAB)


def test_a_capitalised_common_noun_is_a_back_reference_not_another_actor():
    claim = parsed("The Harbour Guild seems unlikely to buy the quay.")
    sentence = parsed("The Board, it seems, is a likely buyer.")
    assert subject_names(parsed("Until now, the Board has seemed a likely buyer."), 0) == []
    assert not subject_of_another(claim, 0, sentence, 0, PASSAGE, VOCAB)


# a licence renewed in two years: the corpus tells two renewals apart
LICENCE = {
    "licence.txt": "The Port Licence\n\nOn 14 May 2023 the harbour board renewed the port "
                   "licence of the ferry company for another year, after a long dispute over "
                   "fees.\n\nThe ferries had returned to the north quay after the 2019 renewal "
                   "of the port licence, when the fees were cut by half.\n",
}


@pytest.fixture(scope="module")
def licence(tmp_path_factory):
    from tests.helpers.corpora import open_written
    return open_written(tmp_path_factory, "actor60", LICENCE)


def test_a_recurring_event_in_another_year_is_no_contradiction(licence):
    from qa.claims.check import check
    from qa.claims.recurring import event_terms, event_years
    claim = parsed("The harbour board renewed the port licence in May 2019.")
    assert {"2019", "2023"} <= event_years(licence, *event_terms(licence, claim))
    result = check(licence, "The harbour board renewed the port licence in May 2019.")
    assert result.verdict.value != "contradicted"


def test_a_year_the_corpus_never_gives_the_event_still_contradicts(licence):
    from qa.claims.check import check
    result = check(licence, "On 14 May 2021 the harbour board renewed the port licence of "
                            "the ferry company for another year.")
    assert result.verdict.value == "contradicted"


@pytest.mark.parametrize("claim, dated", [
    ("The harbour board renewed the port licence in May 2019.", True),
    # the year dates another clause's deed, not the renewal
    ("The harbour board renewed the licence but said it would hold the fees until May 2019.",
     False),
    ("The harbour board renewed the licence, which had lapsed in May 2019.", False),
])
def test_a_recurring_event_is_dated_by_its_own_verb(claim, dated):
    from qa.claims.recurring import verb_dated
    assert verb_dated(parsed(claim), "2019") is dated
