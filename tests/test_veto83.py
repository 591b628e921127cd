"""Support vetoes measured one by one (round 76, branch veto83): a predicate read as turned to
its opposite only because a sentiment lexicon rates two WordNet kin apart. Invented texts.

VADER rates "fight" negative and "engage" positive, so "has been engaged against smugglers"
by "has been fighting smugglers" looked like a predicate of the other polarity in the
subject's place (`unsaid.turned_after_subject`). WordNet files a sense of "engage" (wage)
directly under "fight": two verbs it joins that way (or in one synset) are no reversal
(`unsaid.polar_kin_of`, `wordnet_polar_kin.txt`). Opposites WordNet does not join ("welcomed"
/ "disagreed with", "protecting" / "fighting") still keep support away, and still contradict.
"""
import pytest

from qa.claims.check import check
from qa.search.wordnet import polar_kin
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "Secondly, the Orsk militia has been fighting smugglers on the Velm coast since March "
        "2029.",
        "A harbour review in 2031 found that the guild's close ties with customs officers "
        "had led the islanders to believe that the guild was engaging in raids on smugglers.",
        "In May 2030 the Tarvik dock union disagreed with the new harbour levy.")


def verdict(harbour, claim):
    return check(harbour, claim).verdict.value


@pytest.mark.parametrize("claim", [
    # "engaged against" / "fighting": engage (wage) is a kind of fight
    "The Orsk militia has been engaged against smugglers on the Velm coast since March 2029.",
    # "fighting" / "engaging in raids on": the same kin the other way round
    "A 2031 harbour review found that the guild's close ties with customs officers had led "
    "the islanders to believe that the guild was fighting smugglers.",
])
def test_kin_of_opposite_ratings_support(harbour, claim):
    assert verdict(harbour, claim) == "supported"


@pytest.mark.parametrize("claim", [
    # opposites WordNet does not join stay a reversal
    "In May 2030 the Tarvik dock union welcomed the new harbour levy.",
    "The Orsk militia has been protecting smugglers on the Velm coast since March 2029.",
])
def test_unjoined_opposites_stay_unsupported(harbour, claim):
    assert verdict(harbour, claim) == "contradicted"


def test_polar_kin_reads_inflections():
    assert "fight" in polar_kin("engaging")
    assert "engage" in polar_kin("fought")
    assert "disagree" not in polar_kin("welcomed")
