"""Round 61 (branch recall61): true claims refused by `predicate.unstated_event` for words
after the verb that are no direct object (`qa.claims.object_kinds`). Invented sentences.

- a lone adverb after the verb ("got together") is its particle, no object;
- the words before a figure ("a mere 12 percent of its boats") modify the figure.
"""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse_text
from qa.claims.predicate import unstated_event
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In May 2019, the Velden town council demanded the removal of the Kelvik harbour "
        "board as the operator of the northern pier.",
        "On 3 June 2021, the Ostvik pilots' union, the Velden ferry company and the Kelvik "
        "harbour board organized a meeting to review the estuary dredging plan.",
        "Although the estuary carried 70 percent of the region's freight last year, the "
        "Kelvik harbour board currently assigns 12 percent of its tugboats to the "
        "estuary berths.")


@pytest.mark.parametrize("claim", [
    "Though the estuary carried 70 percent of the region's freight last year, the Kelvik "
    "harbour board had posted a mere 12 percent of its tugboats to the estuary berths.",
])
def test_stated_true_claims(harbour, claim):
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # a linking verb's complement is still a state the sentence must give
    "The Kelvik harbour board became the main partner of the Velden town council in May 2019.",
    "The Kelvik harbour board remains a loyal partner of the Velden town council.",
    # another deed with the same figure
    "The Kelvik harbour board sold a mere 12 percent of its tugboats to the Velden ferry "
    "company.",
])
def test_still_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_adverb_is_no_object():
    vocab = vocabulary_for(Analyzer())
    claim = parse_text("We got together on 3 June 2021, the pilots' union and the harbour board, "
                       "to review the dredging plan.", vocab)
    sentence = parse_text("On 3 June 2021, the pilots' union and the harbour board organized a "
                          "meeting to review the dredging plan.", vocab)
    assert unstated_event(claim, sentence, vocab, frozenset()) is None
    # a noun after the verb is still its object
    claim = parse_text("The harbour board got a new crane for the dredging plan.", vocab)
    sentence = parse_text("The harbour board approved the dredging plan.", vocab)
    assert unstated_event(claim, sentence, vocab, frozenset()) is not None

