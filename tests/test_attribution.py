"""Which words of a claim attribute it to an unnamed source, and so state no fact."""
import pytest

from qa.claims.attribution import unattributed
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer


def attributing(claim):
    parsed = parse(claim, vocabulary_for(Analyzer()))
    return [parsed.tokens[i].word for i in sorted(unattributed(parsed))]


@pytest.mark.parametrize("claim, words", [
    ("The brief reports that the mission lost 46 peacekeepers.",
     ["The", "brief", "reports", "that"]),
    ("The policy brief notes the mission lost 46 peacekeepers.",
     ["The", "policy", "brief", "notes"]),
    ("Aid groups refuse armed escorts, the brief reports.", ["the", "brief", "reports"]),
    ("Aid groups refuse armed escorts, this article says.", ["this", "article", "says"]),
])
def test_an_unnamed_source_is_no_fact(claim, words):
    assert attributing(claim) == words


@pytest.mark.parametrize("claim", [
    "The UN report concluded that 500 people were killed.",  # a named source is a fact
    "Human Rights Watch said most of those killed were civilians.",
    "A video shows a gorilla using sign language.",  # what the claim is about
    "Aid groups refuse armed escorts, Amnesty reports.",
    "The brief reports.",  # nothing attributed
    "Aid groups refuse armed escorts, according to the brief.",  # not read (bench/README)
    "The mission reported that 46 peacekeepers were killed in the attack.",  # an actor said so
])
def test_a_named_source_or_a_subject_stays(claim):
    assert attributing(claim) == []
