"""The words a claim's register adds to its fact (`qa.claims.discourse`, round 56): a
dateline, the speaker's memory, a factive pseudo-cleft, a WordNet discourse adverb, a post's
one-word label naming a message, a comment adverb turned by "not" or stressed by "enough".
Left in, their words were weighed as facts no sentence states. A frame that hedges, negates
or names stays. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.frames import unframed
from qa.claims.informal import written_out
from tests.conftest import port_report

FACT = "The harbour board closed the northern pier in March 2019."


@pytest.mark.parametrize("claim", [
    "PORTSMOUTH \u2014 The harbour board closed the northern pier in March 2019.",
    "LONDON (Reuters) \u2014 The harbour board closed the northern pier in March 2019.",
    "CALAIS, France (AP) - The harbour board closed the northern pier in March 2019.",
    "If I remember rightly, the harbour board closed the northern pier in March 2019.",
    "If memory serves, the harbour board closed the northern pier in March 2019.",
    "As far as I can recall, the harbour board closed the northern pier in March 2019.",
    "The harbour board closed the northern pier in March 2019, as I recall.",
    "What we saw was that the harbour board closed the northern pier in March 2019.",
    "The thing people forget is that the harbour board closed the northern pier in March 2019.",
    "What struck me was that the harbour board closed the northern pier in March 2019.",
    "Admittedly, the harbour board closed the northern pier in March 2019.",
    "In any case, the harbour board closed the northern pier in March 2019.",
    "The harbour board, by the way, closed the northern pier in March 2019.",
    "Not surprisingly, the harbour board closed the northern pier in March 2019.",
    "Oddly enough, the harbour board closed the northern pier in March 2019.",
    "Well, you know, the harbour board closed the northern pier in March 2019.",
    "The harbour board, I mean, closed the northern pier in March 2019.",
    "Flashback: The harbour board closed the northern pier in March 2019.",
])
def test_the_register_is_taken_off(claim):
    assert written_out(unframed(claim)) == FACT


@pytest.mark.parametrize("claim", [
    # an acronym before a dash is the subject; a dateline with a date keeps its figure
    "NATO \u2014 the harbour board closed the northern pier in March 2019.",
    "DOVER, 3 March (AP) \u2014 The harbour board closed the northern pier in March 2019.",
    # a hedge, a negated or non-factive cleft, an adverb of manner
    "As far as I know, the harbour board closed the northern pier in March 2019.",
    "What we never saw was that the harbour board closed the northern pier in March 2019.",
    "What we hoped was that the harbour board closed the northern pier in March 2019.",
    "Honestly, the harbour board closed the northern pier in March 2019.",
    "Incidentally, the harbour board closed the northern pier in March 2019.",
    # a label naming a thing the claim is about
    "Helicopters: the harbour board closed the northern pier in March 2019.",
])
def test_a_fact_hedge_or_name_stays(claim):
    assert "harbour board closed" in written_out(unframed(claim))
    assert written_out(unframed(claim)) != FACT or claim.startswith(("Honestly", "Helicopters"))


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In March 2019 the harbour board closed the northern pier after storm damage.")


def test_a_spoken_or_wired_claim_is_checked_as_its_fact(harbour):
    for claim in ("LONDON (Reuters) \u2014 The harbour board closed the northern pier in "
                  "March 2019.",
                  "If I remember rightly, the harbour board closed the northern pier in "
                  "March 2019.",
                  "The thing people forget is that the harbour board closed the northern pier "
                  "in March 2019."):
        assert check(harbour, claim).verdict == "supported", claim
    assert check(harbour, "If I remember rightly, the harbour board closed the northern pier "
                          "in June 2019.").verdict != "supported"
