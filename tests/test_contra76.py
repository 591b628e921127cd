"""Contradicted claims that change one fact and reword the rest (round 71, contra76).

Two percentages of the same whole ("of its crews" / "of the guild's crewmen") with another
fact of the claim stated are the claim's share given otherwise (`qa.claims.share_whole`); "It
is submitted that" opens a frame that is no part of a conflict's rest
(`attribution.impersonal_frame`). Sentences invented here."""
import pytest

from qa.claims.attribution import framing_terms
from qa.claims.facts import parse
from qa.claims.share_whole import whole_of
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.test_check import OTHER_TOPICS, checker

VOCAB = vocabulary_for(Analyzer())

DISTRICT = ("The Holm guild widened its northern district at the start of 2030 after storms "
            "grew worse. Indeed, the coast saw 60 percent of all rescue calls last year, but "
            "the Holm guild currently has only 14 percent of its crews at Kessby.")
FERRY = ("The Tarn ferry, run by river towns from the upper valley, seems an unlikely partner, "
         "both because Lenby has withdrawn from the ferry and because the ferry has struggled "
         "to prove its value.")


@pytest.fixture
def check(tmp_path):
    return checker(tmp_path, "Pilots", [DISTRICT, FERRY, *OTHER_TOPICS])


def test_another_share_of_the_same_whole_contradicts(check):
    claim = "Only about 34 percent of the Holm guild's crews were stationed in Kessby at " \
        "the time."
    assert check(claim)["verdict"] == "contradicted"


@pytest.mark.parametrize("claim", [
    # a share of another whole: the sentence says nothing of the guild's boats
    "Only about 34 percent of the Holm guild's boats were stationed in Kessby at the time.",
    # the share of the same whole somewhere else: another place, no contradiction read
    "Only about 34 percent of the Holm guild's crews were stationed in Lund at the time.",
])
def test_a_share_of_another_whole_or_place_is_not_contradicted(check, claim):
    assert check(claim)["verdict"] == "not_found"


def test_the_same_share_is_not_contradicted(check):
    claim = "Only about 14 percent of the Holm guild's crews were stationed in Kessby at " \
        "the time."
    assert check(claim)["verdict"] != "contradicted"


def test_a_submitted_claim_reversed_is_contradicted(check):
    claim = "It is submitted that Lenby remains a Tarn ferry member, which is nonetheless " \
        "an unlikely partner given its struggle to prove its value."
    assert check(claim)["verdict"] == "contradicted"


def test_a_submitted_claim_stated_is_still_supported(check):
    claim = "It is submitted that Lenby has left the Tarn ferry, which is an unlikely partner " \
        "given its struggle to prove its value."
    assert check(claim)["verdict"] == "supported"


@pytest.mark.parametrize("text, frame", [
    ("It is submitted that Lenby stayed.", {"submit"}),
    ("It has been widely reported that Lenby stayed.", {"report", "wide"}),
    # a deed or a state of knowledge, not a frame of saying
    ("It was decided that Lenby stayed.", set()),
    ("It is known that Lenby stayed.", set()),
    # an actor called "it", not a passive
    ("It has reported that Lenby stayed.", set()),
    ("It is submitted, that Lenby stayed.", set()),
])
def test_impersonal_frame(text, frame):
    assert set(framing_terms(parse(text, VOCAB))) == frame


@pytest.mark.parametrize("text, whole", [
    ("Only 14 percent of its crews stayed.", "crews"),
    ("About 34 percent of the Holm guild's crewmen stayed.", "crewmen"),
    ("Some 60 percent of all rescue calls came in May.", "rescue"),
    ("Rents rose by 14 percent in May.", None),
])
def test_whole_of(text, whole):
    parsed = parse(text, VOCAB)
    share = next(m for m in parsed.mentions if m.family == "percent")
    found = whole_of(parsed, share)
    assert (found.word if found else None) == whole
