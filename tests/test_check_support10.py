"""Supported claims a reader words differently from the source: a general word for a specific
one (`qa.claims.general`), a phrasal verb WordNet gives a single verb for
(`qa.claims.phrasal`), and a subject the sentence calls "it" (`qa.claims.anaphora`). The
claims are about small corpora written here."""
import pytest

from qa.claims.anaphora import antecedent_terms
from qa.claims.facts import parse
from qa.claims.general import general_terms
from qa.claims.phrasal import phrasal_terms
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def stems(words: str) -> set[str]:
    return set(VOCAB.analyzer.terms(words))


@pytest.mark.parametrize("claim, sentence, stated", [
    # the sentence's word is a kind of the claim's: stated
    ("The survey recorded murders in the valley.",
     "The survey recorded massacres in the valley.", "murders"),
    ("The harbour board approved the plan.", "The harbour board endorsed the plan.", "approved"),
    # the reverse: a general word in the source says nothing of the specific claim
    ("The survey recorded massacres in the valley.",
     "The survey recorded murders in the valley.", ""),
    # denied in the sentence: "did not endorse" states no approval
    ("The harbour board approved the plan.",
     "The harbour board did not endorse the plan.", ""),
    # denied in the claim: the link runs the other way
    ("The harbour board did not approve the plan.",
     "The harbour board endorsed the plan.", ""),
    # a verb with a particle is the phrase's sense ("turned down" is no "turned")
    ("The guild turned down the offer.", "The guild became the owner of the offer.", ""),
    # too general to state anything: "people" is a kind of group
    ("Armed groups attacked the ferry.", "Armed people attacked the ferry.", ""),
    # a general word its modifier narrows is specific again: a government official is not
    # stated by an envoy, though an envoy is an official
    ("A government official addressed the board.", "An envoy addressed the board.", ""),
])
def test_general_terms(claim, sentence, stated):
    found = general_terms(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert set(found) == stems(stated)


@pytest.mark.parametrize("claim, sentence, stated", [
    ("The council left the guild out of the talks.",
     "The council excluded the guild from the talks.", "left"),
    ("The storm was cutting off the northern villages.",
     "The storm disrupted the northern villages.", "cutting"),
    # "found" is find's past, not a single verb for "set up"
    ("The guild gave up the market.", "The guild found the market.", ""),
    ("The guild gave up the market.", "The guild abandoned the market.", "gave"),
])
def test_phrasal_verbs_from_wordnet(claim, sentence, stated):
    found = phrasal_terms(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert set(found) == stems(stated)


def antecedents(claim: str, before: str, sentence: str) -> set[str]:
    passage = parse(before + " " + sentence, VOCAB)
    return set(antecedent_terms(parse(claim, VOCAB), parse(sentence, VOCAB), passage, VOCAB,
                                frozenset()))


@pytest.mark.parametrize("claim, before, sentence, stated", [
    ("The committee published evidence that storms damaged nineteen boats.",
     "The harbour committee has inspected the piers for years, though it is getting harder for "
     "the committee to reach them.",
     "For example, in 2021, it published evidence that storms damaged nineteen boats.", "committee"),
    ("The committee rejected the quotas.", "The committee met in the spring.",
     "It firmly rejected the quotas.", "committee"),
    # "they" is left out: it stands as often for another plural of the sentence before
    ("The fishermen rejected the quotas.", "The fishermen met in the spring.",
     "They firmly rejected the quotas.", ""),
    # the sentence before names no board: "it" is something else
    ("The committee published evidence that storms damaged nineteen boats.",
     "The guild has inspected the piers for years.",
     "For example, in 2021, it published evidence that storms damaged nineteen boats.", ""),
    # "they" cannot stand for one committee
    ("The committee published evidence that storms damaged nineteen boats.",
     "The committee and the guild inspected the piers.",
     "In 2021, they published evidence that storms damaged nineteen boats.", ""),
    # no subject pronoun at the sentence's start
    ("The committee published evidence that storms damaged nineteen boats.",
     "The committee inspected the piers.",
     "In 2021, the guild published evidence that storms damaged nineteen boats.", ""),
])
def test_antecedent_terms(claim, before, sentence, stated):
    assert antecedents(claim, before, sentence) == stems(stated)


PIERS = ["The harbour committee has inspected the old piers for years, although it is getting "
         "harder for the committee to reach them. For example, in 2021, it published evidence "
         "that storms near Portwick had damaged nineteen fishing boats.",
         "The harbour board endorsed the plan to rebuild the eastern pier in May."]


def test_a_subject_called_it_and_a_general_word_are_stated(tmp_path):
    check_in = checker(tmp_path, "Piers", PIERS + OTHER_TOPICS)
    payload = check_in("In 2021 the committee published evidence that storms near Portwick had "
                       "damaged nineteen fishing boats.")
    assert payload["verdict"] == "supported" and "committee" not in payload["unverified"]
    payload = check_in("The harbour board approved the plan to rebuild the eastern pier in May.")
    assert payload["verdict"] == "supported"


@pytest.mark.parametrize("claim, sentence, stated", [
    # a past participle that is a word of its own states the verb's other forms
    ("The guild announced its withdrawal from the league.",
     "The guild has withdrawn from the league.", "withdrawal"),
    # "left" is as often the direction: not read as "leave"
    ("The guild announced its leaving of the league.",
     "The guild sat on the left of the league.", ""),
])
def test_participles_of_their_own(claim, sentence, stated):
    from qa.claims.forms import irregular_terms
    found = irregular_terms(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    assert set(found) == stems(stated)


def test_a_modifying_noun_states_no_general_word():
    # "sea surface temperatures" are temperatures: they state no "waters"; "the sea" does
    claim = parse("The current brings cooler waters.", VOCAB)
    assert not general_terms(claim, parse("The current brings cooler sea surface temperatures.",
                                          VOCAB), VOCAB)
    assert general_terms(claim, parse("The current brings a cooler sea.", VOCAB), VOCAB) \
        == stems("waters")

