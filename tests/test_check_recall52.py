"""True claims worded otherwise than their source (round 52): an acronym the document never
defines, written out beside the same word ("LR complaints" / "labour rights complaints"), and
a clipping in capitals read as an acronym ("HR", not "hour"); a deed denied by "stopped short
of" or "did not go as far as", stated by a sentence that denies it by degree ("has done
nothing as drastic as closing")."""
import pytest

from qa.claims.check import check
from qa.claims.informal import written_out
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "The board's own records list the dock police as responsible for 412 labour rights "
        "complaints in 2021.",
        "The coast guard doubled its cross-border patrols in 2020.",
        "The port authority may have delayed the ferry inspections, but it has done nothing "
        "as drastic as closing the northern quay.")


@pytest.mark.parametrize("claim, verdict", [
    # the acronym's letters are the initials of the words right before the claim's next word
    ("The dock police were responsible for 412 LR complaints in 2021.", "supported"),
    # a hyphen parts two words
    ("The coast guard doubled its CB patrols in 2020.", "supported"),
    # other letters spell nothing the sentence writes
    ("The dock police were responsible for 412 LW complaints in 2021.", "not_found"),
])
def test_acronym_written_out_beside_its_word(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_acronym_needs_the_same_word_beside_it(harbour):
    """"412 LR appeals": the words before "complaints" spell LR, but the claim's acronym
    stands before "appeals", which the sentence does not write (a figure places nothing)."""
    result = check(harbour, "The dock police were responsible for 412 LR appeals in 2021.")
    assert result.verdict != "supported"
    assert "LR" in result.unverified


def test_clipping_in_capitals_is_an_acronym():
    """A note's "hr" is an hour; "HR violations" are human rights ones."""
    assert "HR" in written_out("530 HR violations in 2020.")
    assert "hour" in written_out("a 3 hr delay").lower()


@pytest.mark.parametrize("claim, verdict", [
    # a deed denied by its degree, in the claim's words or others
    ("The port authority delayed the ferry inspections but stopped short of closing the "
     "northern quay.", "supported"),
    ("The port authority did not go as far as closing the northern quay.", "supported"),
    ("The port authority did not close the northern quay.", "supported"),
    # the deed the sentence affirms is not denied by it
    ("The port authority stopped short of delaying the ferry inspections.", "contradicted"),
])
def test_deed_denied_by_degree(harbour, claim, verdict):
    assert check(harbour, claim).verdict == verdict


def test_deed_affirmed_not_supported(harbour):
    """"went as far as closing": the deed done, and stressed; the sentence denies it."""
    result = check(harbour, "The port authority went as far as closing the northern quay.")
    assert result.verdict != "supported"
