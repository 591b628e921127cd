"""Round 62, precision: a phrasal verb's polarity is the one its rated single verbs share, each
read as a verb in the text is (a verb of change composed with its object). "Ramped up" is
"build", "increase" and "progress" in WordNet; only "increase" is rated, and the unrated two
left the phrase with no polarity, so "the guild ramped up its ferry runs" was supported by
"the guild suspended its ferry runs". Invented harbour text."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.polarity import signed_predicates
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report

VOCAB = vocabulary_for(Analyzer())


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Velden lighthouse keepers logged 180 foggy nights along the northern cape last "
        "year.",
        "The Tarland ferry guild suspended its night ferry runs to Orlen in March 2019, after "
        "two of its pilots drowned in a storm.",
        "In May 2020, the Tarland rope makers opened a shop beside the fish market.")


@pytest.mark.parametrize("claim, verdict", [
    ("After two of its pilots drowned, the Tarland ferry guild ramped up its night ferry runs "
     "to Orlen in March 2019.", "contradicted"),
    ("After two of its pilots drowned, the Tarland ferry guild stepped up its night ferry runs "
     "to Orlen in March 2019.", "contradicted"),
    # the paraphrase stays supported
    ("After two of its pilots drowned, the Tarland ferry guild halted its night ferry runs to "
     "Orlen in March 2019.", "supported"),
])
def test_phrasal_verb_of_increase_against_suspended(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def signs(text: str) -> dict[str, int]:
    parsed = parse(text, VOCAB)
    return {token.lower: value for token, value in signed_predicates(parsed)}


def test_phrasal_sign_from_the_rated_single_verbs():
    assert signs("The guild ramped up its ferry runs.") == {"ramped": 1}
    assert signs("The guild stepped up its ferry runs.") == {"stepped": 1}


def test_phrasal_sign_composed_with_its_object():
    # "scaled back" is "reduce" / "cut": reducing a bad thing is good, as "reduced" reads it
    assert signs("The board scaled back the violence.") == {"scaled": 1}
    assert signs("The board reduced the violence.") == {"reduced": 1}
    assert signs("The board did not step up its patrols.") == {"step": -1}


# an adjective a verb of judging gives its object ("finds it problematic") is the clause's
# predicate: of the opposite polarity in the claim's adjective's place, it reverses the claim
@pytest.fixture(scope="module")
def guild(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Velden lighthouse keepers logged 180 foggy nights along the northern cape last "
        "year.",
        "According to the harbour master, the Tarland fishing crews generally find it "
        "troublesome to share the quay with the ferry guild because of the noise.",
        "In May 2020, the Tarland rope makers opened a shop beside the fish market.")


@pytest.mark.parametrize("claim, verdict", [
    ("The harbour master said the Tarland fishing crews were generally happy to share the "
     "quay with the ferry guild.", "contradicted"),
    ("The harbour master said the Tarland fishing crews generally find it awkward to share "
     "the quay with the ferry guild.", "supported"),
])
def test_complement_adjective_reverses_the_claim(guild, claim, verdict):
    assert check(guild, claim).verdict == verdict


@pytest.mark.parametrize("text, expected", [
    ("The crews find it troublesome to share the quay.", {"troublesome": -1}),
    ("The crews made it easy to share the quay.", {"easy": 1}),
    ("The crews made key decisions.", {}),  # a noun object: the adjective modifies the noun
    ("The crews found, it seems, troublesome nets.", {}),  # no complement across a break
])
def test_complement_predicate(text, expected):
    assert {w: v for w, v in signs(text).items() if w not in ("made", "found")} == expected


def test_phrasal_sign_needs_a_verb_vader_rates():
    # "keep out": exclude, ostracize, prevent ...; only "ostracize" has a polarity, lent by
    # its WordNet synonyms: too weak to make keeping smugglers out a bad thing
    assert signs("The patrols have kept smugglers mostly out of the harbour.") == {}
