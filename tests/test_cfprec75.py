"""Two readings of a fact's role (invented texts):

- a date the claim gives its cause ("because of the 2029 surge") against a date the sentence
  gives an occasion ("during a surge in May 2031", `qa.claims.cause_dated`) is no conflict;
- a phrasal verb's single verb written only as a thing's noun (`qa.claims.verb_position`):
  "give birth" (WordNet: bear) is not stated by "the brown bears" of a sentence that names
  them as predators; a sentence where the animals bear their young still states it.
"""
import pytest

from qa.claims.check import check
from tests.conftest import OTHER_HARBOUR_NEWS, port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The Tarn ferry lost its rudder in 2031 during a winter gale off Kell Point, and its "
        "crew of nine was rescued by the pilot boat.",
        "The guild kept a tug at Vessa quay from March 2029 amid persistent fears over the "
        "harbour board's ability to clear the channel after the floods.",
        "The harbour's grey otters are hunted by brown bears, which rely on the otters as a "
        "major food source in the spring.",
        "The Kell seals bear their young on the shingle in June.",
        "The ferry guild moved its spare engines to Tarn Island via the old canal during an "
        "engine failure on the lighter.",
        "Vessa is prone to sudden surges, though a siren-based tide alarm is now in place that "
        "helped clear the quay during an unusually high surge in May 2031.",
        *OTHER_HARBOUR_NEWS)


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


def test_an_animal_noun_states_no_deed(harbour):
    claim = "The harbour's grey otters give birth in the spring."
    assert verdict(harbour, claim) != "supported"


def test_a_verb_after_its_subject_states_the_deed(harbour):
    claim = "The Kell seals give birth on the shingle in June."
    assert verdict(harbour, claim) == "supported"


def test_a_cause_dated_otherwise_is_not_contradicted(harbour):
    claim = "Vessa's siren-based tide alarm was set up because of the deadly 2029 surge."
    assert verdict(harbour, claim) != "contradicted"


def test_an_occasion_dated_otherwise_is_contradicted(harbour):
    claim = ("Vessa's siren-based tide alarm helped clear the quay during an unusually high "
             "surge in May 2029.")
    assert verdict(harbour, claim) == "contradicted"
