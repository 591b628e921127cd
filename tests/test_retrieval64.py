"""Round 62 (branch retrieval64): `check` aligns only the retrieved passages scoring at least
CANDIDATE_SHARE of the best one's score (`check.within_share_of_best`), not every one of the
CANDIDATES best: a passage sharing a word or two with the claim where another states it is
no evidence, and aligning it is most of a claim's time. Invented text (a harbour board, its
ferries and dredgers)."""
import pytest

from qa.claims.check import CANDIDATE_SHARE, check, retrieved, within_share_of_best
from qa.search.rank import Ranked
from qa.types import Verdict
from tests.conftest import port_report

STATING = ("In March 2019 the harbour board suspended the night ferries to Kessel Island after "
           "two dredgers ran aground in the silted channel.")
RESTATING = ("The night ferries to Kessel Island were suspended by the harbour board in March "
             "2019, once two dredgers had run aground in the silted channel.")
WEAK = ("The board also repainted the waiting room.", "A board member opened the new kiosk.",
        "The board's annual picnic was held in the park.")
CLAIM = ("The harbour board halted the night ferries to Kessel Island in March 2019 after two "
         "dredgers ran aground in the silted channel.")


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return port_report(tmp_path_factory, STATING, *WEAK, RESTATING)


def texts(index, ranked):
    return [index.passages[r.passage_id].text for r in ranked]


def test_a_passage_sharing_a_word_with_the_claim_is_not_aligned(harbour):
    found = texts(harbour, within_share_of_best(retrieved(harbour, CLAIM)))
    assert STATING in found
    assert not set(WEAK) & set(found)


def test_passages_stating_the_claim_alike_are_all_aligned(harbour):
    assert {STATING, RESTATING} <= set(texts(harbour,
                                             within_share_of_best(retrieved(harbour, CLAIM))))


def test_the_claim_is_still_supported(harbour):
    assert check(harbour, CLAIM).verdict == Verdict.SUPPORTED


def test_the_share_is_of_the_best_score():
    ranked = [Ranked(1, 10.0), Ranked(2, 10.0 * CANDIDATE_SHARE), Ranked(3, 2.9)]
    assert [r.passage_id for r in within_share_of_best(ranked)] == [1, 2]


def test_a_score_of_zero_or_less_keeps_every_passage():
    ranked = [Ranked(1, 0.0), Ranked(2, -1.0)]
    assert within_share_of_best(ranked) == ranked
    ranked = [Ranked(1, 10.0), Ranked(2, 1.0), Ranked(3, -0.5)]
    assert within_share_of_best(ranked) == ranked
    assert within_share_of_best([]) == []
