"""Re-scoring reads only where the query's terms stand in a passage: the same evidence, to the
last bit, as splitting every sentence into its words and weighing each sentence."""
import dataclasses

import pytest

from qa.search.query import Query
from qa.search.rank import (ANSWER_SENTENCE_TYPES, ANSWER_SENTENCE_WEIGHT, PROXIMITY_WEIGHT,
                            RANKING_TYPES, SECTION_WEIGHT, SENTENCE_WEIGHT, TYPE_WEIGHT,
                            TermMatcher, bonus_parts, coverage, proximity, rank, unique)
from qa.search.settings import active
from qa.text.answer_types import item_pattern
from qa.text.sentences import split_sentences

QUESTIONS = [
    "How many peacekeepers were killed on road convoys to Kidal?",
    "What did the Security Council authorize in 2013?",
    "Why did the knowledge of staff drain away?",
    "Were temporary operating bases improbable targets of attacks?",
    "What share of the budget went to helicopters?",
    "What percentage of the troops spoke French?",
    "When was the mandate of the mission renewed?",
    "mission mission mandate peacekeepers helicopters convoys attacks",
    "per cent coins",
]


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    from qa.index.open import open_index

    from .conftest import SEEDS

    return open_index(SEEDS, tmp_path_factory.mktemp("seeds") / "index", lambda _: None)


def reference_bonus(index, passage_id, query):
    """The re-scoring evidence as defined: each sentence split and analyzed, the query terms'
    positions in the passage's words, each sentence's coverage."""
    terms, passage = list(query.terms), index.passages[passage_id]
    wanted = unique(terms)
    idf = {q.term: index.weight_of(q.term) for q in terms}
    analyzer, names = index.analyzer, {q.term for q in wanted}
    spans = split_sentences(passage.text)
    words = [[t if t in names else None for t in analyzer.terms(passage.text[a:b])]
             for a, b in spans]
    positions: dict[str, list[int]] = {}
    for at, term in enumerate(t for sentence in words for t in sentence):
        if term is not None:
            positions.setdefault(term, []).append(at)
    covered = [coverage(set(found), wanted, idf) for found in words]
    heading = set(analyzer.terms(f"{passage.section} {passage.title}"))
    on, asked = active(), query.asked
    parts = {"+proximity": PROXIMITY_WEIGHT * proximity(positions, wanted, idf) * on.proximity,
             "+sentence": SENTENCE_WEIGHT * max(covered, default=0.0) * on.sentence,
             "+heading": SECTION_WEIGHT * coverage(heading, wanted, idf) * on.heading}
    typed = [idf[q.term] for q in wanted if q.weight == 1.0]
    if (on.percentage and asked.type in RANKING_TYPES and typed
            and item_pattern(asked.type).search(passage.text)):
        parts[f"+{asked.type}"] = TYPE_WEIGHT * sum(typed) / len(typed)
    if on.answer_sentence and asked.type in ANSWER_SENTENCE_TYPES:
        parts["+answer-sentence"] = ANSWER_SENTENCE_WEIGHT * max(
            (c for c, (a, b) in zip(covered, spans) if c and asked.item_in(passage.text[a:b])),
            default=0.0)
    return parts


@pytest.mark.parametrize("question", QUESTIONS)
def test_rescoring_reads_the_query_terms_positions_as_splitting_the_sentences_would(
        seeds_index, question):
    without = dataclasses.replace(seeds_index, sentences=None)  # splits the text instead
    for index in (seeds_index, without):
        query = Query.parse(index, question)
        terms = list(query.terms)
        idf = {q.term: index.weight_of(q.term) for q in terms}
        match = TermMatcher(index, unique(terms))
        compared = 0
        for passage_id in range(len(index.passages)):
            expected = reference_bonus(index, passage_id, query)
            assert bonus_parts(index, passage_id, unique(terms), idf, match,
                               query.asked) == expected
            compared += any(expected.values())
        assert compared  # some passages had evidence to compare


@pytest.mark.parametrize("question", QUESTIONS)
def test_query_terms_prefetched_for_all_candidates_are_found_where_each_passage_has_them(
        seeds_index, question):
    """A big index's matcher finds the query's terms in all candidates' tokens at once
    (`TermMatcher.prefetch`): the same positions, sentences and evidence as reading each
    passage's tokens apart."""
    index = seeds_index.in_numpy()  # held as a big index is (the bundled one is small)
    query = Query.parse(index, question)
    wanted = unique(list(query.terms))
    idf = {q.term: index.weight_of(q.term) for q in wanted}
    apart, together = TermMatcher(index, wanted), TermMatcher(index, wanted)
    passage_ids = list(range(0, len(index.passages), 3))
    together.prefetch(passage_ids)
    assert set(together.found) == set(passage_ids)
    for passage_id in passage_ids:
        text = index.passages[passage_id].text
        assert together.hits(passage_id, text) == apart.hits(passage_id, text)
        assert (bonus_parts(index, passage_id, wanted, idf, together, query.asked)
                == reference_bonus(index, passage_id, query))


def test_the_word_positions_skip_stopwords_and_cross_sentences(seeds_index):
    """Where the passage's words are counted from: the first word of the second sentence
    follows the last of the first."""
    index = seeds_index
    passage_id = next(i for i, p in enumerate(index.passages)
                      if len(split_sentences(p.text)) > 2)
    spans, ids = index.sentence_terms(passage_id)
    names = [*index.terms, *index.extra_terms]
    second = names[ids[1][0]]
    query = Query.parse(index, second)
    match = TermMatcher(index, unique(list(query.terms)))
    found_spans, positions, by_sentence = match.hits(passage_id, index.passages[passage_id].text)
    assert found_spans == spans
    assert len(ids[0]) in positions[second] and 1 in by_sentence


def test_answer_sentences_are_not_looked_for_in_candidates_that_cannot_be_results(
        seeds_index, monkeypatch):
    """A candidate whose BM25 score and evidence, even with its best-covered sentence as the
    answer sentence, stay below the k-th best so far is no result: its answer-sentence
    patterns are not run. The results, scores and evidence are those of re-scoring every
    candidate in full, for every k."""
    from qa.search import rank as ranking

    questions = [q for q in QUESTIONS if q.lower().startswith(("how many", "when", "what"))]
    questions += ["How many troops were deployed in 2014?",
                  "When did the attacks on convoys rise?",
                  "How many helicopters did the mission have?"]
    skipped = []
    patterns = ranking.best_answer_sentence
    monkeypatch.setattr(ranking, "best_answer_sentence",
                        lambda *args: skipped.append(False) or patterns(*args))
    pruned = {(q, k): [(r.passage_id, r.score, r.bonus)
                       for r in rank(seeds_index, Query.parse(seeds_index, q), k)]
              for q in questions for k in (1, 3, 5, 10)}
    run_pruned = len(skipped)
    monkeypatch.setattr(ranking, "needed", lambda *args: float("-inf"))
    skipped.clear()
    for (question, k), found in pruned.items():
        assert found == [(r.passage_id, r.score, r.bonus)
                         for r in rank(seeds_index, Query.parse(seeds_index, question), k)]
    assert run_pruned < len(skipped)  # some candidates' patterns were not run


def test_a_vocabulary_past_65536_terms_reads_the_same_positions_and_counts(tmp_path):
    """Past 65,536 terms a token's id keeps its high byte apart (`token_highs`): re-scoring's
    term positions and feedback's per-passage term counts put the two together, so a query
    term whose id is past 65,536 is found where the text has it (the bundled reports have
    ~9,000 terms, so only a corpus like this one reaches that branch)."""
    import random

    import numpy as np

    from qa.index.open import open_index
    from qa.search.feedback import counted_terms

    rng = random.Random(11)
    letters = "bcdfghjklmnprstvz"
    vocabulary = sorted({"".join(rng.choice(letters) + rng.choice("aeiou") for _ in range(4))
                         for _ in range(200_000)})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in range(60):
        paragraphs = []
        for _ in range(40):
            sentences = [" ".join(rng.sample(vocabulary, 12)).capitalize() + "." for _ in range(5)]
            paragraphs.append(" ".join(sentences))
        (corpus / f"{f:02}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index = open_index(corpus, tmp_path / "index", lambda _: None)
    assert len(index.terms) > 65_536 and len(index.token_highs)
    rows = np.arange(len(index.passages), dtype=np.int64)
    tids, row, counts = counted_terms(index, rows)
    for p in range(0, len(index.passages), 37):
        ids, tfs = index.term_counts(p)
        assert tids[row == p].tolist() == ids.tolist()
        assert counts[row == p].tolist() == tfs.astype(np.float64).tolist()
    high = [index.terms[t] for t in range(65_536, len(index.terms), 4000)]
    for word in high:
        query = Query.parse(index, f"{word} {index.terms[5]}")
        terms = list(query.terms)
        match = TermMatcher(index, unique(terms))
        holders = index.postings(word)[0][:3].tolist()
        assert holders
        prefetched = TermMatcher(index.in_numpy(), unique(terms))
        prefetched.prefetch(holders)  # all at once, the high bytes put back in numpy
        for passage_id in holders:
            _, positions, _ = match.hits(passage_id, index.passages[passage_id].text)
            expected = reference_positions(index, passage_id, {q.term for q in unique(terms)})
            assert positions == expected and word in positions
            assert prefetched.hits(passage_id, index.passages[passage_id].text)[1] == expected
    # feedback's weights at the pool, read from the tokens: ids sharing their low 16 bits
    big = index.in_numpy()
    tids = [65_536 + 17, 17, 5, len(index.terms) - 1, 65_536 + 9_000, 9_000]
    passages = np.unique(np.concatenate([big.postings_of(t)[0] for t in tids]
                                        + [np.arange(0, len(index.passages), 11)]))
    hit, weights = big.weights_in(tids, passages.astype(np.int64))
    for column, tid in enumerate(tids):
        want_hit, want = big.weights_at(tid, passages.astype(np.int64))
        assert want_hit.any() and hit[:, column].tolist() == want_hit.tolist()
        assert weights[:, column].tolist() == want.tolist()


def reference_positions(index, passage_id, names):
    """Where the terms `names` stand in a passage's analyzed words (the definition)."""
    text = index.passages[passage_id].text
    positions: dict[str, list[int]] = {}
    words = [t for a, b in split_sentences(text) for t in index.analyzer.terms(text[a:b])]
    for at, term in enumerate(words):
        if term in names:
            positions.setdefault(term, []).append(at)
    return positions
