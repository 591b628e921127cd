"""Pseudo-relevance feedback (RM3) and the switches of the ranking ingredients."""
import numpy as np
import pytest

from qa.documents.plain import chunk_text
from qa.errors import UsageError
from qa.index.build import build_index
from qa.search.feedback import FEEDBACK_POOL, feedback
from qa.search.query import Query
from qa.search.rank import rank
from qa.search.settings import Settings, using
from qa.text.analyze import Analyzer

TOPICS = ("wing lift slipstream propeller", "shock wave hypersonic nose", "heat transfer slab",
          "boundary layer transition", "panel flutter supersonic")


def first_pass(index, question):
    query = Query.parse(index, question)
    scores = index.weighted_scores((q.term, q.weight) for q in query.terms).dense()
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


def test_the_feedback_documents_terms_are_counted_in_one_sort_as_passage_by_passage():
    """`term_masses` sorts (term, passage) keys of every chosen passage at once: the same
    term ids and masses, to the last bit, as `Index.term_counts` of each passage weighed
    document by document and summed over the passages in order (the per-passage path, which
    passages with terms stored apart, such as "3 per. Cent coins", still take)."""
    from qa.search.feedback import counted_terms, document_terms, term_masses
    from tests.test_build import TRICKY

    texts = [(f"{n:03}.txt", f"A study of {TOPICS[n % 5]} number {n}.\n\n"
              f"Measurements of {TOPICS[n % 5].split()[0]} were made. The {TOPICS[n % 3]} "
              f"again, and the {TOPICS[n % 5]} once more.\n") for n in range(40)]
    documents = [chunk_text(name, text) for name, text in texts]
    documents.append(chunk_text("t.txt", "\n\n".join(TRICKY)))
    index = build_index(documents, Analyzer())
    assert index.fwd_exceptions and index.extra_terms
    plain_rows = [p for p in range(len(index.passages))
                  if p not in index.fwd_exceptions and str(p) not in index.fwd_exceptions]
    tids, row, counts = counted_terms(index, np.asarray(plain_rows, dtype=np.int64))
    for number, p in enumerate(plain_rows):
        ids, tfs = index.term_counts(p)
        assert tids[row == number].tolist() == ids.tolist()
        assert counts[row == number].tolist() == tfs.astype(np.float64).tolist()
    checked = set()
    for question in ("wing lift", "heat transfer slab wave", "per cent coins prices"):
        query, scores, pool = first_pass(index, question)
        owners = np.repeat(np.arange(len(index.sources)),
                           [entry["count"] for entry in index.sources])[pool]
        chosen = sorted(set(owners.tolist()))
        for documents in (chosen, chosen[::-1], chosen[1::2] or chosen):  # any order
            weights = np.linspace(1.0, 0.1, len(documents)) / 3
            ids, masses = [], []
            for document, weight in zip(documents, weights):
                entry = index.sources[document]
                passages = np.arange(entry["first"], entry["first"] + entry["count"])
                part, tfs = document_terms(index, document, passages)
                ids.append(part)
                masses.append(weight * tfs / max(tfs.sum(), 1.0))
            present, at = np.unique(np.concatenate(ids), return_inverse=True)
            expected = np.bincount(at, weights=np.concatenate(masses), minlength=len(present))
            found = term_masses(index, documents, weights, pool, owners, scores)
            assert found[0].tolist() == present.tolist()
            assert found[1].tolist() == expected.tolist()
            checked.add(len(index.sources) - 1 in documents)
    assert checked == {True, False}  # both paths taken


@pytest.mark.parametrize("question", ["wing lift", "heat transfer slab wave", "panel",
                                      "supersonic propeller transition nose", "zebra wing"])
def test_feedback_mixed_into_the_pool_alone_ranks_as_mixed_into_every_passage(question):
    """Without filters only the pool's scores are mixed with the relevance model's; a
    `--source` glob that every source matches takes the path that mixes every passage's:
    the same results, scores and evidence, for any k (beyond the positive pool too)."""
    index = many_documents()
    query = Query.parse(index, question)
    everywhere = Query.parse(index, question, ("*",))
    assert not query.filters.source_globs and everywhere.filters.source_globs
    for k in (1, 5, 20, 59, 200, 10**30):
        pooled = [(r.passage_id, r.score, r.bonus) for r in rank(index, query, k)]
        assert pooled == [(r.passage_id, r.score, r.bonus) for r in rank(index, everywhere, k)]
        if question == "wing lift" and k == 5:
            assert any("+feedback" in bonus for _, _, bonus in pooled)  # feedback did mix


def long_documents():
    """Documents of more and fewer passages than feedback reads of one."""
    docs = [(f"{n:03}.txt", "\n\n".join(f"Part {p} of {TOPICS[(n + p) % 5]} in study {n}."
                                        for p in range(3 + 4 * (n % 5)))) for n in range(30)]
    return build_index([chunk_text(name, text) for name, text in docs], Analyzer())


@pytest.mark.parametrize("question", ["wing lift", "heat transfer slab wave", "panel flutter",
                                      "supersonic propeller transition nose shock"])
def test_feedback_adds_each_model_term_in_turn(question):
    """What feedback adds to each pool passage: the model's terms' products added term
    after term from 0.0, as one `+=` per term defines it, to the last bit; the passages
    chosen of each document as sorting them would give."""
    from qa.search.feedback import (MODEL_WEIGHT, PASSAGES_PER_DOCUMENT, chosen_passages,
                                    relevance_model)

    for index in (many_documents(), long_documents()):
        query, scores, pool = first_pass(index, question)
        terms = list(query.terms)
        model, share = relevance_model(index, scores, pool)
        mix, mass = MODEL_WEIGHT * (1 - share), sum(q.weight for q in terms)
        expected = np.zeros(len(pool))
        held, weights = index.weights_in(list(model), pool)
        for column, p in enumerate(model.values()):
            hit = held[:, column]
            expected[hit] += mix * mass * p * weights[hit, column]
        changed = np.flatnonzero(expected)
        assert model and mix > 0
        assert feedback(index, terms, scores, pool) == (
            mix, dict(zip(pool[changed].tolist(), expected[changed].tolist())))
        owners = np.repeat(np.arange(len(index.sources)),
                           [entry["count"] for entry in index.sources])[pool]
        for document in range(len(index.sources)):
            entry = index.sources[document]
            pooled = pool[owners == document]
            for part in (pooled, pooled[:PASSAGES_PER_DOCUMENT], pooled[:1]):
                if entry["count"] > PASSAGES_PER_DOCUMENT and len(part) > PASSAGES_PER_DOCUMENT:
                    chosen = part[np.argsort(-scores[part], kind="stable")[:PASSAGES_PER_DOCUMENT]]
                elif entry["count"] > PASSAGES_PER_DOCUMENT:
                    chosen = part
                else:
                    chosen = np.arange(entry["first"], entry["first"] + entry["count"])
                found = chosen_passages(index, document, part, scores)
                assert found.dtype == np.int64
                assert found.tolist() == np.sort(chosen).astype(np.int64).tolist()
