"""False claims called not_found (issue 14, round 36): the manner or degree words beside a
reversed claim word are part of the reversal, not terms of the rest the sentence must state
(`qa.claims.reversed_manner`); an opposite in place is read in a sentence that would have
supported the claim but for a word left unsaid (`check.vetoed`); two joined sentences
contradict with the rest at PAIR_SUPPORT, as they support (`check.neighbour_pairs`). The
corpus is invented: an orchard cooperative, its pickers and its presses."""
from types import SimpleNamespace

import pytest

from qa.claims.check import reordered_only
from qa.claims.facts import parse
from qa.claims.reversed_manner import manner_terms, of_manner
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

TEXTS = [
    "In 2017 the cooperative board opened a cider press in the valley of Ostra. The board "
    "decided to run the new press \"within existing budgets\", and the pickers' wages were "
    "left as they were.",
    "Despite the new press, the quality of the harvest in the upper valley has declined "
    "since the dry spring of 2018.",
    "The pickers' union has often angered the board, particularly in March 2019, when it "
    "imposed a picking ban in response to the board's failure to keep the agreed wage "
    "calendar. A month earlier, board officials had expelled the union's delegate from "
    "Ostra on the grounds that he was hostile to the new managers.",
] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    # the degree adjective of the reversed word ("substantial additional") goes with it
    ("When the cooperative board opened the cider press in 2017, it provided substantial "
     "additional budgets for it.", "contradicted"),
    ("When the cooperative board opened the cider press in 2017, it provided considerable "
     "additional budgets for it.", "contradicted"),
    # the manner adverb of the reversed verb ("improved steadily")
    ("Thanks to the new press, the quality of the harvest in the upper valley improved "
     "steadily since the dry spring of 2018.", "contradicted"),
    # an order reversed across two joined sentences ("a month after" / "A month earlier"),
    # one word of the rest reworded ("the group", "the union's envoy"): the rest at
    # PAIR_SUPPORT
    ("Board officials expelled the union's delegate from Ostra a month after the group "
     "imposed a picking ban in March 2019.", "contradicted"),
    ("Board officials expelled the union's envoy from Ostra a month after the union imposed "
     "a picking ban in March 2019.", "contradicted"),
    ("Board officials expelled the union's delegate from Ostra a month before the union "
     "imposed a picking ban in March 2019.", "supported"),
    # the same claims with the sentence's own word: support, the adverb unstated
    ("The quality of the harvest in the upper valley has declined since the dry spring of "
     "2018.", "supported"),
])
def test_verdicts(tmp_path, claim, verdict):
    check = checker(tmp_path, "Orchard", TEXTS)
    payload = check(claim)
    assert payload["verdict"] == verdict, payload


@pytest.mark.parametrize("conflicts, expected", [
    ([Conflict("after", "earlier", ConflictKind.RELATION)], True),
    ([Conflict("before", "later", ConflictKind.RELATION)], True),
    # a figure or another relation read across two sentences is as often misread
    ([Conflict("two", "ten", ConflictKind.NUMBER)], False),
    ([Conflict("excluded", "include", ConflictKind.RELATION)], False),
    ([Conflict("after", "earlier", ConflictKind.RELATION),
      Conflict("two", "ten", ConflictKind.NUMBER)], False),
    ([], False),
])
def test_reordered_only(conflicts, expected):
    assert reordered_only(SimpleNamespace(conflicts=conflicts)) is expected


def relation(word: str) -> list[Conflict]:
    return [Conflict(word, "other", ConflictKind.RELATION)]


@pytest.mark.parametrize("claim, sentence, conflicts, terms", [
    # an adverb after the reversed verb, an adverb before it, an adverb's adjective before it
    ("Wages rose sharply.", "Wages stayed as they were.", relation("rose"), {"sharpli"}),
    ("Wages were greatly increased.", "Wages stayed.", relation("increased"), {"great"}),
    ("It gave substantial additional funds.", "It used existing funds.",
     relation("additional"), {"substanti"}),
    # a word the sentence states is its own fact, not the reversal's
    ("Wages rose sharply.", "Wages fell sharply.", relation("rose"), set()),
    # restriction, comparison and time are facts: "only", "more", "already"
    ("Pickers only rarely worked.", "Pickers often worked.", relation("rarely"), set()),
    ("The press is already full.", "The press is empty.", relation("full"), set()),
    # a figure or a name in conflict says nothing of the event's manner
    ("Wages rose sharply in 2019.", "Wages stayed in 2018.",
     [Conflict("2019", "2018", ConflictKind.DATE)], set()),
    # after a noun an adverb qualifies what follows, not the noun
    ("The harm of instability far exceeds the harm of repairs.", "Stability helps.",
     [Conflict("instability", "Stability", ConflictKind.POLARITY)], set()),
    # a modifier across a comma qualifies another clause
    ("Wages rose, sharply cutting profits.", "Wages stayed.", relation("rose"), set()),
])
def test_manner_terms(claim, sentence, conflicts, terms):
    found = manner_terms(parse(claim, VOCAB), conflicts, parse(sentence, VOCAB))
    assert {t[:6] for t in found} == {t[:6] for t in terms}, found


@pytest.mark.parametrize("word, expected", [
    ("steadily", True), ("substantial", True), ("considerable", True), ("steady", True),
    ("only", False), ("more", False), ("already", False), ("wages", False), ("2019", False),
])
def test_of_manner(word, expected):
    from qa.claims.facts import Token
    assert of_manner(Token(0, len(word), word, (word,), False)) is expected
