"""The opposite of what a claim says its subject is, said of the same subject ("the quality of
the water at the old well was poor" / "... is very good", `qa.claims.predicated`), and the
opposite of what its verb does, done to the same thing ("welcomed the plan" / "condemning the
plan", `qa.claims.acted_on`)."""
import pytest

from qa.claims.facts import parse
from qa.claims.acted_on import object_head, reversed_action
from qa.claims.predicated import copula_at, predicated, reversed_predicate, subject_head
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


# --- a verb of the opposite polarity acting on the same thing (`qa.claims.acted_on`) ---------

@pytest.mark.parametrize("text, n, head", [
    ("The guild welcomed a new harbour pilot to the port.", 2, "pilot"),
    ("The guild had expelled the harbour pilot from the port.", 3, "pilot"),
    ("The guild's report praised the council's plan.", 4, "plan"),
    # no direct object: a preposition first
    ("Tolls rose after the floods.", 1, None),
])
def test_the_head_of_the_object(text, n, head):
    found = object_head(parsed(text), n)
    assert (found.word if found else None) == head


@pytest.mark.parametrize("sentence, reversed_", [
    ("The two guilds met to defend the levy, condemning the council's new plan but allowing"
     " its surveyors to go on.", True),
    ("The two guilds had rejected the council's plan.", True),
    # the same polarity: no reversal
    ("The two guilds met to defend the levy, endorsing the council's new plan.", False),
    # the opposite verb acts on another thing
    ("The two guilds met to defend the levy, condemning the council's new tolls.", False),
])
def test_the_opposite_done_to_the_same_thing(sentence, reversed_):
    claim = parsed("The two guilds welcomed the council's plan for the harbour.")
    assert (reversed_action(claim, parsed(sentence), VOCAB) is not None) == reversed_


def test_the_opposite_done_to_the_claims_object_contradicts_it(tmp_path):
    # the sentence's verb stands far from the subject, past a clause of its own
    check = checker(tmp_path, "Navies", [
        "The Norland and Sudland navies joined forces to defend the raids, dismissing the"
        " inquiry’s report but allowing its auditors to continue working.", *OTHER_TOPICS])
    assert check("The Norland and Sudland navies accepted the inquiry's report on the Kesh raids"
                 " while letting its auditors keep working.")["verdict"] == "contradicted"
    assert check("The Norland and Sudland navies dismissed the inquiry's report on the Kesh"
                 " raids.")["verdict"] != "contradicted"
