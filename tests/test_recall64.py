"""recall64 (invented text): an unnamed text the claim was read in, introduced by any verb of
communication ("The book recounts that ..."), is no source a sentence must name; and a clause's
negation spelled otherwise ("but never approved" / "but did not approve") is stated."""
import pytest

from qa.claims.facts import parse
from qa.claims.unsaid import unstated_source, unstated_stance
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker


@pytest.fixture(scope="module")
def vocab():
    return vocabulary_for(Analyzer())


@pytest.mark.parametrize("unsaid, claim, sentence, fires", [
    # the corpus's own text, by a noun WordNet files as a text and a verb of communication
    (unstated_source, "The book recounts that the harbour board closed the old pier in May.",
     "In May the harbour board closed the old pier.", False),
    (unstated_source, "The chronicle relates that the ferry crews went on strike in June.",
     "The ferry crews went on strike in June.", False),
    # a named or acting source still has to be stated
    (unstated_source, "Harbour officials recounted that the ferry crews went on strike in June.",
     "The ferry crews went on strike in June.", True),
    # what the corpus's own unnamed author records is what its sentences state
    (unstated_stance, "The author records that the harbour board closed the old pier in May.",
     "In May the harbour board closed the old pier.", False),
    # an acting, named source's stance still has to be stated
    (unstated_stance, "Harbour officials acknowledged that the board closed the old pier in May.",
     "In May the harbour board closed the old pier.", True),
])
def test_unnamed_text_is_no_source(unsaid, claim, sentence, fires, vocab):
    found = unsaid(parse(claim, vocab), parse(sentence, vocab), vocab, frozenset())
    assert bool(found) == fires, found


def uniform(claim):
    return {t: 1.0 for token in claim.tokens for t in token.terms}


@pytest.mark.parametrize("claim, sentence, states", [
    # the negation spelled otherwise, of the same word: each clause stated
    ("The harbour board discussed the ferry plan in May but never approved it.",
     "In May the harbour board discussed the ferry plan but did not approve it.", True),
    # the second clause's word not denied: still half of the claim
    ("The harbour board discussed the ferry plan in May but never approved it.",
     "In May the harbour board discussed the ferry plan but did not publish it.", False),
])
def test_negation_spelled_otherwise(claim, sentence, states, vocab):
    from qa.claims.clause_shares import every_conjunct
    mine, theirs = parse(claim, vocab), parse(sentence, vocab)
    assert every_conjunct(mine, theirs, theirs, uniform(mine), vocab, frozenset()) == states


def test_checked_end_to_end(tmp_path):
    check = checker(tmp_path, "Harbour", [
        "In May 2019 the harbour board closed the old pier at Kalokol after a winter of storms.",
        "The fishermen's guild discussed the board's plan for a second ferry but did not "
        "approve it."] + OTHER_TOPICS)
    assert check("The book recounts that in May 2019 the harbour board closed the old pier "
                 "at Kalokol.")["verdict"] == "supported"
    assert check("The fishermen's guild discussed the board's plan for a second ferry but "
                 "never approved it.")["verdict"] == "supported"
    # the frame is no licence: a fact the sentence does not state still keeps support away
    assert check("The book recounts that in May 2019 the harbour board closed the old pier "
                 "at Kalokol because of a strike.")["verdict"] != "supported"
