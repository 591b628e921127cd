"""The one adverb test the claim readings share (`qa.claims.adverb_words`): an adverb of
manner as written or known to WordNet, a word used as an adverb (a figure's hedge aside), a
word inside a verb group, a word before a reduced clause's participle."""
import pytest

from qa.claims.adverb_words import (adjective_forms, adverb, manner_adverb, participle_adverb,
                                    verb_group_adverb)


@pytest.mark.parametrize("word, expected", [
    ("Glimmerly", True),  # an unknown word is an adverb of manner by its "-ly" alone
    ("assembly", True),  # ... and so is a noun written like one
    ("ugly", False), ("fly", False),  # "-ly" after fewer than three letters
    ("O'Reilly", False),  # letters only
    ("harbour", False),
])
def test_manner_adverb_as_written(word, expected):
    assert manner_adverb(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("narrowly", True), ("Unanimously", True),
    ("glimmerly", False), ("assembly", False),  # WordNet knows no such adverb
])
def test_manner_adverb_known_to_wordnet(word, expected):
    assert manner_adverb(word, known=True) is expected


@pytest.mark.parametrize("word, expected", [
    ("sooner", True), ("instead", True),  # mostly adverbs in WordNet's tagged uses
    ("glimmerly", True),  # an adverb of manner as written
    ("nearly", False), ("roughly", False), ("almost", False),  # a figure's hedges
    ("ugly", False), ("harbour", False),
])
def test_adverb(word, expected):
    assert adverb(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("now", True), ("further", True), ("also", True), ("not", True),
    ("glimmerly", True), ("rely", True),  # any word in "-ly" may stand there
    ("harbour", False), ("sooner", False),
])
def test_verb_group_adverb(word, expected):
    assert verb_group_adverb(word) is expected


@pytest.mark.parametrize("word, expected", [
    ("Still", True), ("also", True), ("glimmerly", True),  # "while still drafting"
    ("not", False), ("now", False),  # a verb group's adverbs, no reduced clause's
    ("harbour", False),
])
def test_participle_adverb(word, expected):
    assert participle_adverb(word) is expected


@pytest.mark.parametrize("word, adjective", [
    ("Steadily", "steady"), ("boldly", "bold"), ("scarcely", "scarce"), ("fully", "full"),
    ("gently", "gentle"), ("duly", "due"),
])
def test_adjective_forms_hold_the_adjective(word, adjective):
    assert adjective in adjective_forms(word)


@pytest.mark.parametrize("word", ["harbour", "ly", "fly"])
def test_adjective_forms_of_a_word_not_in_ly(word):
    assert adjective_forms(word) == ()
