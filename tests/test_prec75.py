"""Wrong supports of shapes round 69's released sets showed: a claim that adds why its deed was
done by a complex preposition around an abstract noun ("out of concern for", "on the
grounds that", "in objection to"), the sentence telling the deed and no word of the cause
(`reason_opener`); a two-word verb ("give birth") counted stated by a noun homograph of its
single verb ("the brown bears", "a kind of bear": `verb_position`); a recommendation
("recommended that") by a sentence telling only a finding (`asked_that`); an adverb
("independently of") by its adjective's opposite in its place (`adverb_opposites`). Each with
the same shape the sentence does state, which must stay supported. Invented texts."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.phrasal import phrasal_terms
from qa.claims.reason_opener import noun_opener
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2031 the Velden guild walked out of the harbour talks, saying the toll on night "
        "moorings had doubled within a year.",
        "The Kessel board expelled the ferry inspector in March on the grounds that Orlen had "
        "falsified the pier logs.",
        "Last spring the pilots' union abstained in the vote on the dredging budget.",
        "The board postponed the dredging of the western basin in May.",
        "The harbour inquiry found that the upkeep of the old pier had drained the board's "
        "budget.",
        "The ferry guild urged the board to lower the toll on the old pier.",
        "The survey teams were heavily reliant on the navy to move about the coast.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # the cause added by "in objection to": words the report writes of another event only
    "Last spring the pilots' union abstained in the vote on the dredging budget in objection "
    "to the toll on night moorings.",
    # "out of concern for" a thing the sentence never names
    "The board postponed the dredging of the western basin in May out of concern for stale "
    "pier logs.",
    # "out of fear of" a thing the sentence never gives as a cause
    "The Kessel board expelled the ferry inspector in March out of fear of the harbour "
    "talks.",
])
def test_a_cause_opened_by_an_abstract_noun_must_be_stated(harbour, claim):
    assert verdict(harbour, claim) != "supported"


@pytest.mark.parametrize("claim", [
    # the sentence's own ground, reworded in part
    "The Kessel board expelled the ferry inspector in March on the grounds that Orlen had "
    "falsified the pier logs.",
    # the cause given by the sentence's "saying": its words stated
    "In 2031 the Velden guild walked out of the harbour talks in protest at the toll on night "
    "moorings, which had doubled within a year.",
    # no cause added: the deed alone
    "Last spring the pilots' union abstained in the vote on the dredging budget.",
])
def test_a_stated_cause_or_none_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_a_recommendation_is_not_stated_by_a_finding(harbour):
    assert verdict(harbour, "The harbour inquiry recommended that the upkeep of the old pier "
                            "be dropped from the board's budget.") != "supported"


@pytest.mark.parametrize("claim", [
    "The harbour inquiry found that the upkeep of the old pier had drained the board's budget.",
    # the sentence's own asking, by another verb
    "The ferry guild recommended that the board lower the toll on the old pier.",
])
def test_a_finding_or_an_asking_stated_still_supports(harbour, claim):
    assert verdict(harbour, claim) == "supported"


def test_an_adverb_is_reversed_by_its_adjectives_opposite_in_its_place(harbour):
    assert verdict(harbour, "The survey teams moved about the coast largely independently of "
                            "the navy.") != "supported"
    assert verdict(harbour, "The survey teams relied heavily on the navy to move about the "
                            "coast.") == "supported"


@pytest.mark.parametrize("words, at, length", [
    ("abstained in objection to the rules", 1, 3),
    ("left out of concern for nesting terns", 1, 4),
    ("expelled him on the grounds that Orlen", 2, 4),
    # a time, a place, a name, a pronoun: no cause
    ("stayed for years to come", 1, 0),
    ("moored in the far north of the bay", 1, 0),
    ("asked for Velden to leave", 1, 0),
    ("asked for it to leave", 1, 0),
])
def test_noun_opener(words, at, length):
    assert noun_opener(words.split(), at) == length


@pytest.mark.parametrize("sentence, stated", [
    # the single verb as a noun: after an adjective, a determiner, a preposition
    ("The island's foxes hunt the hares, and so do the brown bears.", set()),
    ("The hares are the main food of a kind of bear on the island.", set()),
    # the single verb as a verb
    ("On the island the hares bear their young in shallow burrows.", {"give", "birth"}),
])
def test_a_light_verb_is_stated_by_its_single_verb_in_a_verbs_place(sentence, stated):
    vocab = vocabulary_for(Analyzer())
    claim = parse("The hares give birth in shallow burrows.", vocab)
    assert set(phrasal_terms(claim, parse(sentence, vocab), vocab)) == stated
