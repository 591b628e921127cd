"""rank-bm25's BM25Okapi is the reference for scores: ours must equal it to 1e-9."""
import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from qa.text.analyze import Analyzer
from qa.index.bm25 import BM25Params, top_k
from qa.documents.plain import chunk_text
from qa.index.build import build_index
from tests.conftest import FIXTURE_DOCS, SEEDS


def oracle_check(documents, queries, params=BM25Params()):
    analyzer = Analyzer()
    index = build_index(documents, analyzer, params)
    corpus = [analyzer.terms(p.text) for p in index.passages]
    oracle = BM25Okapi(corpus, k1=params.k1, b=params.b, epsilon=params.epsilon)
    for query in queries:
        terms = analyzer.terms(query)
        np.testing.assert_allclose(index.bm25_scores(terms), oracle.get_scores(terms),
                                   rtol=0, atol=1e-9)


def test_scores_equal_rank_bm25_on_fixture_corpus():
    documents = [chunk_text(name, text) for name, text in FIXTURE_DOCS.items()]
    oracle_check(documents, ["road convoys peacekeepers", "mission mission", "unknown words",
                             "2,069 personnel", "the"])


def test_scores_equal_rank_bm25_on_the_seeds_with_other_params():
    documents = [chunk_text(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.iterdir())]
    queries = ["How many peacekeepers were killed in road convoys?", "MINUSMA mandate Mali",
               "troop-contributing countries French language"]
    oracle_check(documents, queries)
    oracle_check(documents, queries, BM25Params(k1=1.2, b=0.5, epsilon=0.1))


def test_term_in_more_than_half_gets_the_epsilon_floor_like_rank_bm25():
    documents = [chunk_text("a.txt", "alpha beta\n\nalpha gamma\n\nalpha delta\n\nepsilon zeta\n")]
    oracle_check(documents, ["alpha", "epsilon", "alpha epsilon"])


def test_top_k_sorts_by_score_then_position_and_drops_zeros():
    scores = np.array([0.0, 2.0, 1.0, 2.0, 0.0, 1.0])
    assert list(top_k(scores, 10)) == [1, 3, 2, 5]
    assert list(top_k(scores, 3)) == [1, 3, 2]
    assert list(top_k(scores, 1)) == [1]


@pytest.mark.parametrize("k", [1, 2, 5])
def test_top_k_ties_at_the_cut_keep_the_earliest(k):
    scores = np.ones(8)
    assert list(top_k(scores, k)) == list(range(k))


def test_passages_without_terms_anywhere_still_match_rank_bm25():
    documents = [chunk_text("a.txt", "The the the.\n\nAlpha beta.\n\nGamma alpha.\n\nOf and to.\n")]
    oracle_check(documents, ["alpha", "gamma beta"])
