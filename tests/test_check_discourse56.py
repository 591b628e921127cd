"""The words a claim's register adds to its fact (`qa.claims.discourse`, round 56): a tag
question, the speaker's memory, a factive pseudo-cleft, a WordNet discourse adverb, a post's
one-word label naming a message, a comment adverb turned by "not" or stressed by "enough",
a figure approximated as speech approximates it ("900-odd", "900 or so").
Left in, their words were weighed as facts no sentence states. A frame that hedges, negates
or names stays. Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.frames import unframed
from qa.claims.informal import written_out
from tests.conftest import port_report

FACT = "The harbour board closed the northern pier in March 2019."


@pytest.mark.parametrize("claim", [
    "The harbour board closed the northern pier in March 2019, didn't it?",
    "The harbour board closed the northern pier in March 2019, right?",
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
    # a wire dateline says where the event happened
    "DOVER (AP) \u2014 The harbour board closed the northern pier in March 2019.",
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
    for claim in ("The harbour board closed the northern pier in March 2019, didn't it?",
                  "If I remember rightly, the harbour board closed the northern pier in "
                  "March 2019.",
                  "The thing people forget is that the harbour board closed the northern pier "
                  "in March 2019."):
        assert check(harbour, claim).verdict == "supported", claim
    assert check(harbour, "The harbour board closed the northern pier in March 2019, didn't "
                          "it?").claim.endswith("?")
    assert check(harbour, "If I remember rightly, the harbour board closed the northern pier "
                          "in June 2019.").verdict != "supported"


@pytest.mark.parametrize("spoken, written", [
    ("The board hired 900-odd staff.", "The board hired about 900 staff."),
    ("The board hired nine hundred staff or so.", "The board hired about 900 staff."),
    ("The board hired some 900-odd staff.", "The board hired some 900 staff."),
    ("The board hired 900 staff, give or take.", "The board hired about 900 staff."),
    ("The works lasted nine months or so.", "The works lasted about nine months."),
    ("Nine months or so passed.", "About nine months passed."),
    ("The board hired 900 staff, more or less.", "The board hired about 900 staff."),
    ("The pier cost a billion and a half pounds.", "The pier cost 1.5 billion pounds."),
])
def test_a_spoken_approximation_is_written_as_a_report_hedges(spoken, written):
    assert written_out(spoken) == written


def test_a_question_is_still_refused():
    from qa.claims.check import validate
    from qa.errors import UsageError
    with pytest.raises(UsageError):
        validate("Did the harbour board close the northern pier in 2019?")
    assert validate("The board closed the pier in 2019, didn't it?")


@pytest.fixture(scope="module")
def staffed(tmp_path_factory):
    return port_report(tmp_path_factory, "In 2019 the harbour board hired 900 dockers.")


@pytest.mark.parametrize("hedge", ["in the region of", "something like", "getting on for",
                                   "north of", "close on", "at the very least"])
def test_a_spoken_hedge_before_a_figure_is_a_bound(staffed, hedge):
    # read as a bare 850, each contradicted the stated 900
    assert check(staffed, f"In 2019 the harbour board hired {hedge} 850 dockers.").verdict \
        != "contradicted"
    assert check(staffed, f"In 2019 the harbour board hired {hedge} 900 dockers.").verdict \
        == "supported"
