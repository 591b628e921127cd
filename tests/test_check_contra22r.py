"""The opposite of what a claim says its subject is, said of the same subject: "the quality of
the water at the old well was poor" / "the quality of the water drawn at the spring is very
good" (`qa.claims.predicated`)."""
import pytest

from qa.claims.facts import parse
from qa.claims.predicated import predicated, reversed_predicate, subject_head, copula_at
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def parsed(text: str):
    return parse(text, VOCAB)


@pytest.mark.parametrize("text, words", [
    ("The ferry timetable was reliable.", ["reliable"]),
    ("The ferry timetable is very reliable, the guild says.", ["reliable"]),
    ("The new pier remained unsafe for weeks.", ["unsafe"]),
    # not the head of its phrase: "good news" says nothing good of the subject
    ("The survey was good news for the fleet.", []),
    # a passive's participle is a verb, read by `polarity`
    ("The levy was doubled in May.", []),
])
def test_words_a_copula_says_its_subject_is(text, words):
    assert [t.word for _, t in predicated(parsed(text))] == words


@pytest.mark.parametrize("text, head", [
    ("Pilots said that the quality of the water at the old well was poor.", "quality"),
    ("Because the harbour's main crane was slow, ships waited.", "crane"),
    # a verb ends the run: a relative clause's subject is not the copula's
    ("The tolls that the council imposed on lorries were fair.", None),
    ("It is fair.", None),
])
def test_the_head_of_the_subject(text, head):
    text = parsed(text)
    n, _ = predicated(text)[0]
    found = subject_head(text, copula_at(text, n))
    assert (found.word if found else None) == head


@pytest.mark.parametrize("sentence, reversed_", [
    ("Although pilots have said that the quality of the water drawn at the spring is very good,"
     " the pumps often fail.", True),
    # antonyms, polarity aside
    ("The quality of the water drawn at the spring was excellent.", True),
    # the same polarity: no reversal
    ("The quality of the water drawn at the spring was bad.", False),
    # a negated opposite says what the claim says
    ("The quality of the water drawn at the spring was not good.", False),
    # another subject: the pumps, not the water's quality
    ("The quality of the water drawn at the spring is low, but the pumps are good.", False),
])
def test_the_opposite_said_of_the_same_subject(sentence, reversed_):
    claim = parsed("Pilots said that the quality of the water at the old well was poor.")
    assert (reversed_predicate(claim, parsed(sentence), VOCAB) is not None) == reversed_


def test_the_opposite_of_the_claims_adjective_contradicts_it(tmp_path):
    check = checker(tmp_path, "Wells", [
        "Although several pilots have told the guild that the quality of the water drawn at"
        " the northern spring is very good, the spring's pumps cannot serve a whole fleet.",
        *OTHER_TOPICS])
    assert check("Several pilots told the guild that the quality of the water drawn at the"
                 " northern spring was poor.")["verdict"] == "contradicted"
    assert check("Several pilots told the guild that the quality of the water drawn at the"
                 " northern spring was good.")["verdict"] != "contradicted"
