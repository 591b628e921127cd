"""A deed asked for or planned through a second, bare infinitive ("urged the guild to end its
boycott and restore the crossings") is no deed done; a deed told in a clause of its own after
the asking still is. The texts are written here."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.unasserted import unasserted_places
from qa.claims.unsaid import unstated_stance
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.helpers.corpora import open_written

VOCAB = vocabulary_for(Analyzer())

DOCS = {
    "harbour.txt": "The Harbour Report\n\nIn May the mayor of Norvik called on the ferry guild "
                   "to lift its boycott or reopen the Tarland pier to cargo.\n\nThe port "
                   "authority plans to dredge the eastern channel and build a second breakwater "
                   "by 2031.\n\nIn June the council urged the guild to end its boycott, and the "
                   "guild restored the night crossings to Velden the following week.\n",
}


def written(name, docs):
    """A module-wide fixture opening `docs` written as a corpus of their own."""
    @pytest.fixture(scope="module")
    def opened(tmp_path_factory):
        return open_written(tmp_path_factory, name, docs)
    return opened


harbour = written("lead60", DOCS)


def words_at(text):
    sentence = parse(text, VOCAB)
    return {sentence.tokens[k].word for k in unasserted_places(sentence)}


@pytest.mark.parametrize("text, asked", [
    ("The council urged the guild to end its boycott and restore the crossings.",
     {"end", "restore"}),
    ("The council asked the guild to end its boycott or to restore the crossings.",
     {"end", "restore"}),
    ("The authority plans to dredge the channel and build a breakwater.", {"dredge", "build"}),
    # a noun, an inflected verb, a clause of its own: none shares the infinitive's "to"
    ("The council urged the guild to end violence and impunity.", {"end"}),
    ("The council urged the guild to end its boycott and restored the crossings.", {"end"}),
    ("The council urged the guild to end its boycott, and the guild restore the crossings.",
     {"end"}),
])
def test_a_bare_infinitive_after_and_is_asked_for_too(text, asked):
    assert words_at(text) == asked


@pytest.mark.parametrize("claim, verdict", [
    ("The ferry guild reopened the Tarland pier to cargo.", "not_found"),
    ("The port authority built a second breakwater.", "not_found"),
    ("The guild restored the night crossings to Velden.", "supported"),
    ("The port authority plans to build a second breakwater.", "supported"),
    ("The mayor of Norvik called on the ferry guild to reopen the Tarland pier.", "supported"),
])
def test_a_deed_only_asked_for_in_a_second_infinitive_is_not_supported(harbour, claim, verdict):
    assert check(harbour, claim).verdict.value == verdict


STANCES = {
    "pier.txt": "The Pier Report\n\nIn May 2021 the harbour board reopened the northern pier and "
                "decided that the ferries would return in June.\n\nMany fishermen doubted that "
                "the Velden quay would be rebuilt before the winter.\n",
}


pier = written("lead60-stances", STANCES)


@pytest.mark.parametrize("claim, verdict", [
    # a doubt before "that" is a stance the sentence must state too; the sentence's own
    # "decided that" is no one's doubt
    ("Officials doubt that the harbour board reopened the northern pier in May 2021.",
     "not_found"),
    ("Sailors doubted that the harbour board reopened the northern pier in May 2021.",
     "not_found"),
    ("The harbour board reopened the northern pier in May 2021.", "supported"),
    # stated, by the same verb or another form of it
    ("Many fishermen doubted that the Velden quay would be rebuilt before the winter.",
     "supported"),
    ("Fishermen doubt that the Velden quay will be rebuilt before the winter.", "supported"),
])
def test_a_doubt_is_a_fact_to_state(pier, claim, verdict):
    assert check(pier, claim).verdict.value == verdict


@pytest.mark.parametrize("claim, doubt", [
    ("Officials doubt that the board reopened the pier.", "doubt"),
    ("The guild disbelieved that the board reopened the pier.", "disbelieved"),
    # knowing, recalling, believing take the clause as true or are not rated: no stance
    # against it ("let the guild know that" is how a board tells)
    ("The board let the guild know that it reopened the pier.", None),
    ("A sailor recalled that the board reopened the pier.", None),
    ("Fishermen believe that the board reopened the pier.", None),
])
def test_only_a_verb_of_doubt_takes_a_stance_against_its_clause(claim, doubt):
    found = unstated_stance(parse(claim, VOCAB), parse("The board reopened the pier.", VOCAB),
                            VOCAB, frozenset())
    assert (found and found.word) == doubt


OFFICES = {
    "quay.txt": "The Quay Report\n\nIn March 2022 the Velden harbour master closed the eastern "
                "quay to cargo ships.\n\nIn April 2022 the authorities of Norvik asked the ferry "
                "guild to cut its fares.\n",
}


quay = written("lead60-offices", OFFICES)


@pytest.mark.parametrize("claim, verdict", [
    # one person's office, owned by a name, that the sentence gives to no one: another's deed
    ("Norvik's prime minister asked the ferry guild to cut its fares in April 2022.",
     "not_found"),
    # and no contradiction: an office is often named by a title the tables do not join
    ("Velden's mayor closed the eastern quay to cargo ships in March 2022.", "not_found"),
    ("Velden's harbour master closed the eastern quay to cargo ships in March 2022.",
     "supported"),
    # a person noun that is an adjective too ("chief") is no office; a bare plural may be
    # a synonym the tables miss: each stays the share of facts it is
    ("Velden's chief closed the eastern quay to cargo ships in March 2022.", "supported"),
    ("Norvik's officials asked the ferry guild to cut its fares in April 2022.", "supported"),
])
def test_an_office_a_name_owns_is_a_person_the_sentence_must_state(quay, claim, verdict):
    assert check(quay, claim).verdict.value == verdict
