"""A claim setting its actor against a denied one ("The board, not the mayor, closed the
pier") is not stated by a sentence giving the fact to the denied one: `qa.claims.apposed`.
The claims are about small corpora written here."""
import pytest

from qa.claims.apposed import denied_party_stated
from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

HARBOUR = ["The Coast Watch is a group of volunteers based in Lodwar.",
           "It should be remembered that the town council of Lodwar carries the main "
           "responsibility for the safety of the pier.",
           "The harbour board renewed the ferry licence in May after a long debate."]


def test_the_fact_given_to_the_denied_party_does_not_support(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # the two parties are actors of one kind: the actor conflict contradicts, as before
    payload = check_in("The harbour board, not the Lodwar town council, carries the main "
                       "responsibility for the safety of the pier.")
    assert payload["verdict"] == "contradicted", payload


@pytest.mark.parametrize("claim, sentence, fires", [
    ("The harbour board, not the town council, closed the pier in May.",
     "In May, the town council closed the pier.", True),
    ("The coast guard, not the fishermen, found the wreck near Kalokol.",
     "The fishermen found the wreck near Kalokol.", True),
    # the claim's own party stated too: the sentence may set them against each other
    ("The harbour board, not the town council, closed the pier in May.",
     "In May, the harbour board, and not the town council, closed the pier.", False),
    # the denied party unstated: nothing given to it
    ("The harbour board, not the town council, closed the pier in May.",
     "In May, the harbour board closed the pier.", False),
    # no parenthesis: a denial at the end, or a negated predicate
    ("The harbour board closed the pier in May, not the town council.",
     "In May, the town council closed the pier.", False),
    ("The harbour board did not close the pier in May.",
     "In May, the town council closed the pier.", False),
])
def test_denied_party_stated(claim, sentence, fires):
    vocab = vocabulary_for(Analyzer())
    found = denied_party_stated(parse(claim, vocab), parse(sentence, vocab), vocab,
                                frozenset())
    assert bool(found) == fires, found


def test_the_fact_given_to_the_denied_party_contradicts_the_claims_own(tmp_path):
    check_in = checker(tmp_path, "Harbour", HARBOUR + OTHER_TOPICS)
    # a common noun for the claim's own party: the sentence gives its fact to the denied one
    payload = check_in("The volunteers, not the town council of Lodwar, carry the main "
                       "responsibility for the safety of the pier.")
    assert payload["verdict"] == "contradicted", payload
    # the denied party nowhere: the claim's own is stated, nothing contradicts it
    payload = check_in("The harbour board, not the town council, renewed the ferry licence in "
                       "May after a long debate.")
    assert payload["verdict"] != "contradicted", payload
