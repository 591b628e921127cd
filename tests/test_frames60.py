"""A claim framed by a speaker without a name whom the sources never speak of ("The inspector
told the council that X", "According to the inspector, X"): who passed X on is no fact the
sources could state, so X is read as a bare claim is (`check.spoken_clause`), not held to
the every-fact rule of a cited document's content. A closing frame ("X, officials said"), a
speaker the sources speak of, a denying verb and a conflict inside X keep their readings.
Invented sentences."""
import pytest

from qa.claims.check import check
from qa.claims.cited import cited
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "In 2019 the Kelvik ferry carried 4,210 passengers across the strait in March, the "
        "busiest month of its first season.",
        "According to the ministry, the new patrols cut smuggling on the coast by half, "
        "whereas the guild said they only scared away the tourists.")


# the content's words the sentence does not state ("alone") leave it a bare claim's support
CONTENT = "the Kelvik ferry carried 4,210 passengers across the strait in March 2019 alone."


@pytest.mark.parametrize("frame", [
    "The inspector told the council that ",
    "The inspector said that ",
    "According to the inspector, ",
    "An official said that ",
])
def test_unnamed_speaker_frame_reads_its_clause(harbour, frame):
    claim = frame + CONTENT
    assert cited(claim, lambda speaker: True) is not None  # a speaker no source names
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "The inspector said that the Kelvik ferry carried 4,210 passengers across the strait in "
    "March 2017.",
    "According to the inspector, the Kelvik ferry carried 4,210 passengers across the strait "
    "in March 2017.",
])
def test_conflict_inside_the_clause_still_found(harbour, claim):
    assert check(harbour, claim).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    # a denial is no citation of what was said
    "The witness denied that the Kelvik ferry carried 4,210 passengers across the strait in "
    "March 2019.",
    # a speaker the sources speak of gives the content to another one
    "According to the guild, the new patrols cut smuggling on the coast by half.",
    "The guild said that the new patrols cut smuggling on the coast by half.",
    # "according to" a person told by "a" stays a fact the sentence must state
    "According to a ferry captain, " + CONTENT,
])
def test_not_supported(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_closing_frame_keeps_the_every_fact_rule(harbour):
    # the clause alone states less than its every fact: the closing speaker's content is
    # still read as a cited document's
    claim = "Kelvik ferry crews mostly hired abroad in March 2019, officials said."
    assert check(harbour, claim).verdict != "supported"
