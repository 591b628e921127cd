"""A verb and its bare noun stated by the one verb a report uses for them ("took part" /
"participated", "took place" / "occurred": `qa.claims.light_verbs`, WordNet's two-word verb
lemmas). Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.light_verbs import verb_noun_spans
from qa.claims.facts import parse_text
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2019, fishermen from Kelvik participated in the regional rescue exercise off Norby.",
        "The annual harbour festival occurred in the old town in May 2021.",
        "Pilots from Ostvik watched the winter towing drill in 2020.")


@pytest.mark.parametrize("claim", [
    "In 2019, fishermen from Kelvik took part in the regional rescue exercise off Norby.",
    "Fishermen from Kelvik were taking part in the regional rescue exercise off Norby in 2019.",
    "The annual harbour festival took place in the old town in May 2021.",
])
def test_verb_and_noun_stated_by_one_verb(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # the sentence states another deed of the pilots: watching is no taking part
    "Pilots from Ostvik took part in the winter towing drill in 2020.",
    # the pair stated, the place not
    "In 2019, fishermen from Kelvik took part in a regional rescue exercise off Ostvik.",
])
def test_pair_alone_supports_nothing_else(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_noun_must_follow_the_verb():
    # "took the larger part" is no "take part": an object between them
    vocab = vocabulary_for(Analyzer())
    tokens = tuple(parse_text("The board took the larger part of the harbour.", vocab).tokens)
    assert verb_noun_spans(tokens) == ()
    tokens = tuple(parse_text("The board took part in the drill.", vocab).tokens)
    assert [(tokens[i].word, tokens[j].word) for i, j, _ in verb_noun_spans(tokens)] \
        == [("took", "part")]
