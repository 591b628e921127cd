"""A sentence that reverses the claim's relation needs less of the rest of the claim to
contradict it (`check.rest_needed`) than one that gives another value of a figure, a date or a
name, which another event of the same passage most often has."""
import pytest

import qa.claims.check as check_module
from qa.claims.check import CONTRADICT, REVERSED_REST, rest_needed
from qa.claims.facts import parse
from qa.claims.placement import with_placement
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from qa.types import Conflict, ConflictKind
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


def conflict(kind: ConflictKind, mine: str, theirs: str, sentence: str) -> Conflict:
    """The conflict as the checker reports it: the claim's words, the sentence's, and where
    the sentence's stand."""
    start = sentence.index(theirs)
    return Conflict(mine, theirs, kind, (start, start + len(theirs)))


RELATION, POLARITY = ConflictKind.RELATION, ConflictKind.POLARITY


@pytest.mark.parametrize("claim, sentence, kind, mine, theirs, needed", [
    # an opposite beside the same word: the claim's relation reversed in its place
    ("The board dredged the canal with additional budgets.",
     "The board dredged the canal within existing budgets.", RELATION, "additional", "existing",
     REVERSED_REST),
    ("The pilots called the closure a likely outcome.",
     "The pilots called the closure an unlikely outcome.", RELATION, "likely", "unlikely",
     REVERSED_REST),
    # the sentence denies the word the claim affirms
    ("The board renewed the licence unanimously.",
     "The board did not renew the licence unanimously.", POLARITY, "unanimously",
     "not renew the licence unanimously", REVERSED_REST),
    # the claim denies what the sentence affirms: often an affirmation about another thing
    ("Storms are not linked to the dredging.", "Silt is linked to the dredging.", POLARITY,
     "not linked", "linked", CONTRADICT),
    # words of the other polarity beside the same word, but no opposites of each other
    ("The crews who died at the quay were pilots.", "The crews who joined at the quay were "
     "pilots.", RELATION, "died", "joined", CONTRADICT),
    # an opposite away from the claim word's place
    ("The report blamed the pilots for civilian losses.",
     "The military pilots defended the report.", RELATION, "civilian", "military", CONTRADICT),
    # what is expected against what was done: no fact reversed yet
    ("The board approved the dredging plan with additional budgets.",
     "The board is expected to approve the dredging plan within existing budgets.", RELATION,
     "additional", "existing", CONTRADICT),
    # another value: another event's, as often as the claim's
    ("The board hired five pilots in May.", "The board hired seven pilots in May.",
     ConflictKind.NUMBER, "five", "seven", CONTRADICT),
    ("The board hired pilots in 2019.", "The board hired pilots in 2021.", ConflictKind.DATE,
     "2019", "2021", CONTRADICT),
])
def test_rest_needed(claim, sentence, kind, mine, theirs, needed):
    claim_, sentence_ = parse(claim, VOCAB), parse(sentence, VOCAB)
    # placed as the checker places a conflict it finds (`qa.claims.placement`)
    conflicts = with_placement([conflict(kind, mine, theirs, sentence)], claim_, sentence_,
                               VOCAB)
    assert rest_needed(conflicts, claim_, sentence_, VOCAB) == needed


TEXTS = ["After the spring floods, the board took over the eastern canal. In May the board "
         "decided to dredge the eastern canal \"within existing budgets.\" In June the board sent "
         "twelve dredgers to the western canal."] + OTHER_TOPICS


def test_a_relation_reversed_contradicts_with_less_of_the_rest_stated(tmp_path, monkeypatch):
    check = checker(tmp_path, "Harbour", TEXTS)
    # about half the rest stated ("hired pilots for the task" is not): the reversal is enough
    claim = ("In May the board decided to dredge the eastern canal with additional budgets and "
             "hired pilots for the task.")
    payload = check(claim)
    assert payload["verdict"] == "contradicted", payload
    assert payload["evidence"][0]["conflicts"] == [
        {"claim": "additional", "source": "existing", "kind": "relation"}]
    # another figure, with as much of the rest unsaid: another event's as often as this one's,
    # unless the sentence names the claim's subject before another count of the same counted
    # noun (`qa.claims.count_place`: "the board sent twelve dredgers", round 42)
    assert check("In June the pilots' guild sent fifteen dredgers to the western canal and "
                 "hired pilots.")["verdict"] == "not_found"
    monkeypatch.setattr(check_module, "REVERSED_REST", CONTRADICT)
    assert check(claim)["verdict"] == "not_found"
