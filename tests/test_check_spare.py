"""A sentence word the claim says too, said once more in the place of a reworded claim word
(`qa.claims.spare`). Invented sentences.

- "slow in providing timetables ... the jobs it provides to young sailors" states "slow at
  providing timetables ... the jobs it gave young sailors": the second "provides" is the
  paraphrase of "gave" in its place (`qa.claims.paraphrase`), though the claim says
  "providing" itself; before, a word the claim says was never read as a paraphrase, and the
  claim was not_found.
- Guards: the same claim where the sentence says "providing" once only, or twice with the
  second use not in the reworded word's place (its uses are the claim's own)."""
import pytest

from qa.claims.check import check
from qa.claims.facts import parse
from qa.claims.spare import spare_use
from qa.claims.vocabulary import vocabulary_for
from qa.text.analyze import Analyzer
from tests.conftest import port_report


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(
        tmp_path_factory,
        "A majority of Norby's residents see the ferry company as slow in providing "
        "timetables, even if they appreciate its harbour projects, as well as the jobs it "
        "provides to young sailors.",
        "Most of Kelvik's residents see the bus company as slow in providing timetables, "
        "even if they appreciate its depot projects, as well as the jobs it creates for young "
        "drivers.",
        "Most of Varby's residents see the tram company as slow in providing timetables and "
        "in providing maps, even if they appreciate its yard projects, as well as the jobs it "
        "creates for young conductors.")


def test_a_spare_use_states_a_reworded_claim_word(harbour):
    claim = ("A majority of Norby's residents saw the ferry company as slow at providing "
             "timetables, but valued its harbour projects and the jobs it gave young sailors.")
    assert check(harbour, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    # "providing" said once, as the claim's own word: nothing states "gave"
    "Most of Kelvik's residents saw the bus company as slow at providing timetables, but "
    "valued its depot projects and the jobs it gave young drivers.",
    # said twice, but the spare use is not in the place of "gave"
    "Most of Varby's residents saw the tram company as slow at providing timetables, but "
    "valued its yard projects and the jobs it gave young conductors.",
])
def test_no_spare_use_in_place_no_reworded_word(harbour, claim):
    assert check(harbour, claim).verdict != "supported"


def test_spare_use_counts_uses():
    vocab = vocabulary_for(Analyzer())
    claim = parse("the jobs it gave and providing security", vocab)
    twice = parse("providing security and the jobs it provides", vocab)
    once = parse("providing security and the jobs it offers", vocab)
    provides = next(t for t in twice.tokens if t.word == "provides")
    assert spare_use(claim, twice, provides.terms)
    assert not spare_use(claim, once, provides.terms)
    assert not spare_use(claim, twice, ())
