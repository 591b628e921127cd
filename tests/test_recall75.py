"""Reworded predicates of true claims (round 69, branch recall75).

A claim's verb stated by "be" and the adjective WordNet defines it as ("depends on" / "is
contingent on", `qa.claims.state_verbs`): before, the verb was left unstated and a short true
claim not found. Near misses: the state denied, the adjective qualifying a noun, another
condition, stay unsupported.

A phrasal verb's particle is no predicate of its own ("were cut back" / "were curtailed",
"held back" / "deterred", `polarity.signed_predicates`): before, VADER's good rating of "back"
read the true claim as the reverse of the sentence's bad-rated verb and contradicted it. The
claim that does reverse the sentence stays contradicted.

Invented sentences."""
import pytest

from tests.test_check import OTHER_TOPICS, checker

TEXTS = [
    "The harbour board met in Vessby on Tuesday. The board's dock in Vessby has been full since "
    "spring. "
    "Any berthing of extra trawlers at the Northern Quay would be contingent on the board "
    "gaining permission from the island council to buy more land and widen the quay.",
    "Without fuel or spare parts, the night patrols of the Vessby coast guard were curtailed "
    "and limited in reach.",
    "Smugglers seem to have been deterred partly by the cutters moored in the southern "
    "harbours.",
    *OTHER_TOPICS,
]


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return checker(tmp_path_factory.mktemp("recall75"), "Vessby harbour", TEXTS)


@pytest.mark.parametrize("claim", [
    "The board's dock in Vessby had been full since spring, so berthing extra trawlers at the "
    "Northern Quay depended on the island council letting the board buy more land.",
    "The board's dock in Vessby has been full since spring, so any berthing of extra trawlers "
    "at the Northern Quay hinges on the island council letting the board buy more land.",
])
def test_a_verb_stated_by_the_state_wordnet_defines_it_as(check, claim):
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("claim", [
    # the state denied
    "The board's dock in Vessby has been full since spring, so any berthing of extra trawlers "
    "at the Northern Quay does not depend on the island council letting the board buy more land.",
    # another condition
    "The board's dock in Vessby has been full since spring, so any berthing of extra trawlers "
    "at the Northern Quay hinges on the island council lending the board more money.",
])
def test_a_state_not_stated_is_not_supported(check, claim):
    assert check(claim)["verdict"] != "supported"


@pytest.mark.parametrize("sentence, stated", [
    ("The reopening is contingent on the vote.", True),
    ("The reopening would be largely contingent upon the vote.", True),
    ("The reopening is not contingent on the vote.", False),  # denied: no state told
    ("A contingent of pilots arrived before the vote.", False),  # a noun, no state
    ("The reopening is contingent, the board said, on the vote.", False),  # another relation
])
def test_the_state_is_read_as_the_predicate_of_be(sentence, stated):
    from qa.claims.facts import parse
    from qa.claims.state_verbs import state_terms
    from qa.claims.vocabulary import vocabulary_for
    from qa.text.analyze import Analyzer
    vocab = vocabulary_for(Analyzer())
    claim = parse("The reopening depends on the vote.", vocab)
    assert bool(state_terms(claim, parse(sentence, vocab), vocab)) == stated


@pytest.mark.parametrize("claim", [
    "Without fuel or spare parts, the night patrols of the Vessby coast guard were cut back "
    "and limited in reach.",
    "Smugglers were apparently held back partly by the cutters moored in the southern "
    "harbours.",
])
def test_a_particle_is_no_reversal(check, claim):
    assert check(claim)["verdict"] != "contradicted"


def test_the_reverse_stays_contradicted(check):
    claim = "Without fuel or spare parts, the night patrols of the Vessby coast guard were " \
        "expanded in reach."
    assert check(claim)["verdict"] != "supported"
