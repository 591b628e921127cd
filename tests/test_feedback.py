"""Pseudo-relevance feedback (RM3) and the switches of the ranking ingredients."""
import numpy as np
import pytest

from qa.documents.plain import chunk_text
from qa.errors import UsageError
from qa.index.build import build_index
from qa.search.feedback import FEEDBACK_POOL, feedback
from qa.search.lookup import weighted_scores
from qa.search.query import Query
from qa.search.rank import rank
from qa.search.settings import Settings, using
from qa.text.analyze import Analyzer

TOPICS = ("wing lift slipstream propeller", "shock wave hypersonic nose", "heat transfer slab",
          "boundary layer transition", "panel flutter supersonic")


def first_pass(index, question):
    query = Query.parse(index, question)
    scores = weighted_scores(index, ((q.term, q.weight) for q in query.terms))
    return query, scores, np.sort(index_pool(scores))


def index_pool(scores):
    from qa.index.bm25 import top_k

    return top_k(scores, FEEDBACK_POOL)


def many_documents():
    docs = [(f"{n:03}.txt", f"A study of {TOPICS[n % 5]} number {n}.\n\n"
             f"Measurements of {TOPICS[n % 5].split()[0]} were made.\n") for n in range(60)]
    return build_index([chunk_text(name, text) for name, text in docs], Analyzer())


def test_feedback_is_off_where_the_feedback_documents_are_the_whole_collection():
    index = build_index([chunk_text("a.txt", "The wing lift rose.\n\nThe slipstream grew.\n"),
                         chunk_text("b.txt", "Shock waves formed at the wing.\n")], Analyzer())
    query, scores, pool = first_pass(index, "wing lift")
    assert feedback(index, list(query.terms), scores, pool) == (0.0, {})


def test_feedback_reorders_matching_passages_and_adds_none():
    index = many_documents()
    query, scores, pool = first_pass(index, "wing slipstream")
    mix, added = feedback(index, list(query.terms), scores, pool)
    assert 0 < mix <= 0.5 and added
    assert set(added) <= set(pool.tolist())  # only the first pass's passages gain
    found = {r.passage_id for r in rank(index, query, 50)}
    assert found <= set(np.flatnonzero(scores > 0).tolist())
    with using(Settings().switched("-feedback")):
        without = {r.passage_id for r in rank(index, query, 50)}
    assert without == found  # the same matches, possibly in another order


def test_switches_turn_ingredients_off_and_refuse_unknown_names():
    plain = Settings().switched("-all")
    assert not any(getattr(plain, name) for name in Settings.names())
    assert plain.switched("+proximity").proximity and not plain.switched("+proximity").heading
    with pytest.raises(UsageError, match="unknown ingredient 'speed'"):
        Settings().switched("-speed")
