"""A claim whose subject and object names are the sentence's object and subject, whatever the
two verbs ("Norway notified Iceland" / "Iceland informed Norway"): the deed goes the
other way, so the sentence does not support the claim (`qa.claims.subjects`). Sentences
invented here; the check must fire and must not."""
import pytest

from qa.claims.facts import parse
from qa.claims.subjects import subject_swapped
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def swapped(claim: str, sentence: str):
    found = subject_swapped(parse(claim, VOCAB), parse(sentence, VOCAB), VOCAB)
    return found and (found[0].text, found[1].text)


@pytest.mark.parametrize("claim, sentence, expected", [
    # the names trade places around two different verbs
    ("Norway notified Iceland on 3 May that it would recall its envoy.",
     "On 3 May, Iceland informed Norway that it would recall its envoy.",
     ("Norway", "Iceland")),
    ("Iceland has angered Norway by holding twelve fishermen.",
     "Norway has riled Iceland by detaining twelve fishermen.",
     ("Iceland", "Norway")),
    ("Iceland is holding twelve fishermen from Norway.",
     "Norway has riled Iceland by detaining twelve fishermen.",
     ("Iceland", "Norway")),
])
def test_fires_when_subject_and_object_trade_places(claim, sentence, expected):
    assert swapped(claim, sentence) == expected


@pytest.mark.parametrize("claim, sentence", [
    # the same order, another verb: paraphrase, not a swap
    ("Norway notified Iceland on 3 May.", "On 3 May, Norway informed Iceland."),
    # a passive turns the order as it should
    ("Norway notified Iceland on 3 May.", "On 3 May, Iceland was notified by Norway."),
    # the second name dates the event, it is no party of the verb
    ("Norway closed its border after Iceland elections.",
     "Iceland criticised the vote after Norway closed its border."),
    # a name in another clause, past a comma, is not the verb's object
    ("Norway recalled its envoy, and Iceland protested.",
     "Iceland protested, and Norway recalled its envoy."),
    # one actor under two names
    ("The Harbour Authority notified the Harbour Authority Board.",
     "The Harbour Authority Board informed the Harbour Authority."),
])
def test_holds_when_the_roles_are_kept(claim, sentence):
    assert not swapped(claim, sentence)


NOTICES = ["On 3 May, Iceland informed Norway that it would recall its 400 border guards."] \
    + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("Iceland notified Norway on 3 May that it would recall its 400 border guards.",
     "supported"),
    ("Norway notified Iceland on 3 May that it would recall its 400 border guards.",
     "not_found"),
])
def test_a_swapped_notice_is_not_supported(tmp_path, claim, verdict):
    assert checker(tmp_path, "Notices", NOTICES)(claim)["verdict"] == verdict


def test_a_name_ending_a_longer_subject_is_not_the_subject():
    claim = "The Harbour Authority closed the Fisheries Agency two weeks before the vote."
    sentence = "The vote to close the Harbour Authority followed a request from the Fisheries Agency."
    assert not swapped(claim, sentence)
