"""A claim's predicate told by a linking verb and an adjective ("got better", "became
friendlier") or by a present verb of a timeline or headline ("relations improve"), against a
sentence stating the claim's thing with a predicate of the other polarity in its place ("have
been strained"): contradicted, as a past verb of the claim already was
(`linked_predicate.linked_predicates`, read by `polarity.opposed_polarity`). Sentences
invented here."""
import pytest

from qa.claims.facts import parse
from qa.claims.linked_predicate import linked_predicates
from qa.claims.polarity import predicate, signed
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

STRAINED = ("Relations between Norland and its coastal neighbours have been strained since the "
            "navy took control of the strait in March 2019.")
IMPROVED = "Trade between the two river ports has improved since the new bridge opened in 2015."
LOW = "Morale among the ferry crews has been low since the wage cut in 2020."


def words(claim: str) -> list[tuple[str, int]]:
    return [(t.word, value) for t, value in linked_predicates(parse(claim, VOCAB), predicate,
                                                               signed)]


@pytest.mark.parametrize("claim, expected", [
    ("Relations with the neighbours got better after the coup.", [("better", 1)]),
    ("Relations with the neighbours grew markedly worse after the coup.", [("worse", -1)]),
    ("Relations with the neighbours were not friendly.", [("friendly", -1)]),
    ("2019: Navy seizes the strait, after which relations with neighbours improve.",
     [("improve", 1)]),
    ("2015: Bridge opens, and trade between the ports suffers.",
     [("opens", 1), ("suffers", -1)]),
])
def test_reads_linked_and_present_predicates(claim, expected):
    assert words(claim) == expected


@pytest.mark.parametrize("claim", [
    # a noun after an article or an owner, not a present verb
    "The mission's supports were cut.",
    "He criticised the hopes of the council.",
    # a past verb is `polarity.predicate`'s own reading, not repeated here
    "Relations with the neighbours improved after the coup.",
    # a plural noun and a base form with more of its clause after it: a noun phrase
    "The ports trade fish and grain.",
])
def test_leaves_other_words(claim):
    assert words(claim) == []


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Strait", [STRAINED, IMPROVED, LOW, *OTHER_TOPICS])


@pytest.mark.parametrize("claim", [
    "Relations between Norland and its coastal neighbours got better after the navy took "
    "control of the strait in March 2019.",
    "March 2019: Navy takes control of the strait, after which relations with coastal "
    "neighbours improve.",
    "Relations between Norland and its coastal neighbours became friendlier after the navy "
    "took control of the strait.",
    "2015: New bridge opens, after which trade between the two river ports suffers.",
    "Trade between the two river ports got worse after the new bridge opened in 2015.",
    "Morale among the ferry crews got better after the wage cut in 2020.",
])
def test_the_other_polarity_contradicts(check, claim):
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    STRAINED,
    "Relations between Norland and its coastal neighbours grew worse after the navy took "
    "control of the strait in 2019.",
    "2015: New bridge opens, after which trade between the two river ports improves.",
    "Trade between the two river ports got better after the new bridge opened in 2015.",
    "Morale among the ferry crews has been low since the wage cut in 2020.",
])
def test_the_same_polarity_is_not_contradicted(check, claim):
    assert check(claim)["verdict"] != "contradicted"
