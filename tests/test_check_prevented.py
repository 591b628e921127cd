"""A gerund denied by the words before it (`facts.denied_gerund`): "blocked the inspectors
from visiting" says they did not visit, "did nothing as drastic as closing the port" says the
port was not closed; a claim that affirms the gerund's verb is contradicted, and a verb of
permission in the claim ("let them visit") is the claim's side of the same relation."""
import pytest

from qa.claims.facts import parse
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())


@pytest.mark.parametrize("text, stem, denied", [
    ("The harbour board blocked the inspectors from visiting the dock.", "visit", True),
    ("The guards stopped the herders from crossing the river.", "cross", True),
    ("The council refrained from commenting on the lease.", "comment", True),
    ("The board may have delayed the ferries, but it did nothing as drastic as closing the "
     "port.", "close", True),
    # no verb of prevention, or no gerund after "from", or no degree frame
    ("The fleet sailed from Dakar, stopping in Praia.", "stop", False),
    ("Rain kept falling from morning until night.", "morn", False),
    ("The inspectors came from visiting the dock.", "visit", False),
    ("The board did nothing as the port was closing.", "close", False),
])
def test_a_gerund_denied_by_prevention_or_a_degree(text, stem, denied):
    parsed = parse(text, VOCAB)
    assert (stem in parsed.negated) is denied
    # the clause itself is affirmed ("blocked"): no negation of the text's predicate
    assert not parsed.has_negation or not denied


@pytest.mark.parametrize("text", [
    "The council stopped short of closing the pier.",
    "The ferry company fell short of meeting its winter timetable.",
])
def test_short_of_denies_the_gerund(text):
    parsed = parse(text, VOCAB)
    assert any(stem in parsed.negated for stem in ("close", "meet"))


TEXTS = ["After the flood, the harbour board blocked the insurance inspectors from visiting "
         "the northern dock.",
         "The ferry company may have delayed its crossings, but it did nothing as drastic as "
         "cancelling the winter timetable."] + OTHER_TOPICS


@pytest.mark.parametrize("claim, verdict", [
    ("After the flood, the harbour board let the insurance inspectors visit the northern dock.",
     "contradicted"),
    ("The ferry company went as far as cancelling its winter timetable after delaying its "
     "crossings.", "contradicted"),
    ("After the flood, the harbour board blocked the insurance inspectors from visiting the "
     "northern dock.", "supported"),
])
def test_a_claim_against_a_denied_gerund(tmp_path, claim, verdict):
    payload = checker(tmp_path, "Harbour", TEXTS)(claim)
    assert payload["verdict"] == verdict, payload
