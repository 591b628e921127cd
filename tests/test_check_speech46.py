"""A speech frames its facts in the first person ("Let us remember that ...", "I remind the
House that ..."), addresses its hearers ("Colleagues, ...") and comments on them ("...,
shamefully, ..."): none of it is a fact a source states (`qa.claims.frames`). Left in,
"remember", "House", "colleagues" and "shamefully" were claim words no sentence states.
Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.frames import unframed
from tests.conftest import port_report


@pytest.mark.parametrize("spoken, fact", [
    ("Let us remember that the pier closed in 2021.", "The pier closed in 2021."),
    ("I remind the House that the pier closed in 2021.", "The pier closed in 2021."),
    ("We must not forget that the pier closed in 2021.", "The pier closed in 2021."),
    ("I would remind colleagues once again that the pier closed in 2021.",
     "The pier closed in 2021."),
    ("Colleagues, the pier closed in 2021.", "The pier closed in 2021."),
    ("Mr Speaker, the pier closed in 2021.", "The pier closed in 2021."),
    ("The pier is, I am told, already closed.", "The pier is already closed."),
    ("Sadly, the pier closed in 2021.", "The pier closed in 2021."),
    ("Fees have, shamefully, remained unchanged.", "Fees have remained unchanged."),
    ("Honourable members will recall that the pier closed in 2021.", "The pier closed in 2021."),
    ("We in this House know that the pier closed in 2021.", "The pier closed in 2021."),
    ("We have heard that the pier closed in 2021.", "The pier closed in 2021."),
    ("I put it to the House that the pier closed in 2021.", "The pier closed in 2021."),
    ("This House should be clear that the pier closed in 2021.", "The pier closed in 2021."),
    ("Nobody in this chamber will dispute that the pier closed in 2021.",
     "The pier closed in 2021."),
    ("No one can deny that the pier closed in 2021.", "The pier closed in 2021."),
    ("The pier, we should recall, closed in 2021.", "The pier closed in 2021."),
    ("I say to this House that the pier closed in 2021.", "The pier closed in 2021."),
    ("Let us not pretend otherwise: the pier closed in 2021.", "The pier closed in 2021."),
    ("It is deeply troubling that the pier closed in 2021.", "The pier closed in 2021."),
    ("It is shameful that the pier closed in 2021.", "The pier closed in 2021."),
])
def test_a_speakers_frame_is_taken_off(spoken, fact):
    assert unframed(spoken) == fact


@pytest.mark.parametrize("claim", [
    "I deny that the pier closed in 2021.",        # denies: not a frame to take off
    "I believe that the pier closed in 2021.",     # a belief is no assertion of the fact
    "We forget that the pier closed in 2021.",     # "forget" frames only when negated
    "Initially, the pier closed in 2021.",         # an adverb of time is a fact
    "Allegedly, the pier closed in 2021.",         # a hedge
    "The crowd, violently, attacked the pier.",    # an adverb of manner is a fact
    "Members of the council said that the pier closed in 2021.",
    "Nobody said that the pier closed in 2021.",   # "nobody" frames only a doubt it denies
    "We deny that the pier closed in 2021.",
    "It is doubtful that the pier closed in 2021.",   # a doubt hedges the clause
    "It is unlikely that the pier closed in 2021.",
    "It is possible that the pier closed in 2021.",   # no polarity: no feeling, a hedge
])
def test_what_is_no_frame_stays(claim):
    assert unframed(claim) == claim


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Norland proposed to send two tugs to the port of Valmora in 2020.",
        "Since then, the port's mooring fees have remained unchanged.")


def test_a_framed_fact_is_checked_as_the_fact(harbour):
    assert check(harbour, "Let us remember that Norland proposed to send two tugs to "
                          "Valmora.").verdict == "supported"
    assert check(harbour, "I remind the House that Norland proposed to send five tugs to "
                          "Valmora.").verdict == "contradicted"


def test_a_comment_is_not_a_word_to_state(harbour):
    result = check(harbour, "The port's mooring fees have, shamefully, remained unchanged.")
    assert result.verdict == "supported" and "shamefully" not in result.unverified


@pytest.mark.parametrize("claim, verdict", [
    ("No fewer than two tugs were proposed by Norland for Valmora.", "supported"),
    ("No fewer than five tugs were proposed by Norland for Valmora.", "contradicted"),
    ("Not more than three tugs were proposed by Norland for Valmora.", "supported"),
])
def test_a_bound_opened_by_no_is_no_negation(harbour, claim, verdict):
    """"No fewer than 174 were killed" is "at least 174", not a denial of the killing: read
    as a negation, it was contradicted (0.9) by the sentence saying 174 were killed."""
    assert check(harbour, claim).verdict == verdict
