"""True claims that name a body by the generic noun its acronym's long form is built on ("the
service" for CPSR, "Coastal Patrol Service in Ruvala (CPSR)": `qa.claims.class_nouns`),
round 39."""
import pytest

from qa.claims.bodies import Bodies
from qa.claims.check import check
from qa.claims.class_nouns import headed_terms
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2015 the Coastal Patrol Service in Ruvala (CPSR) took over the lake crossings. "
        "The Northern Fisheries Authority (NOFA) sets the catch quotas for the lake.",
        "The ferry guild ended its strike shortly after CPSR's departure, calling the "
        "dispute settled.",
        "A joint river service of Dorva and Lesk had patrolled the lake before 2015.")


def words(harbour, claim, sentence, background=frozenset()):
    vocab = vocabulary_for(harbour.analyzer)
    claim = parse(claim, vocab)
    terms = headed_terms(claim, parse(sentence, vocab), Bodies(harbour), set(background))
    return sorted(t.word.removesuffix("'s") for t in claim.tokens
                  if t.terms and set(t.terms) <= terms)


@pytest.mark.parametrize("claim, stated", [
    ("The service took over the crossings.", ["service"]),
    ("The patrol service's boats took over the crossings.", ["service"]),
    # a word of the phrase the sentence does not state: another service
    ("The river service took over the crossings.", []),
    # a noun phrase owned by another name: another service
    ("The Dorva service took over the crossings.", []),
    # the acronym's head is "service", not "authority"
    ("The authority took over the crossings.", []),
    # no determiner opens the phrase
    ("Service took over the crossings.", []),
])
def test_a_generic_noun_by_the_acronym(harbour, claim, stated):
    assert words(harbour, claim, "The CPSR's patrol took over the lake crossings.") == stated


def test_only_an_acronym_owning_what_the_sentence_tells(harbour):
    # the acronym as the object of another's deed: a side mention
    assert words(harbour, "The service took over the crossings.",
                 "The guild left the CPSR with little leverage over the crossings.") == []


def test_a_setting_name_may_open_the_phrase(harbour):
    assert words(harbour, "The Ruvala service took over the crossings.",
                 "The CPSR's patrol took over the lake crossings.", {"Ruvala"}) == ["service"]


def test_the_body_left_stated_by_its_acronym(harbour):
    result = check(harbour, "The ferry guild ended its strike shortly after the service left, "
                            "calling the dispute settled.")
    assert result.verdict == "supported" and "service" not in result.unverified
    result = check(harbour, "The ferry guild ended its strike shortly after the river service "
                            "left, calling the dispute settled.")
    assert result.verdict != "supported" and "service" in result.unverified
