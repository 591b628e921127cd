"""Ranking: which passages answer a question, best first.

BM25 over the question's terms and their expansion (`qa.search.expand`; a typed word's
expansions capped below the word itself) finds candidates, re-ordered by pseudo-relevance
feedback where the collection has documents enough (`qa.search.feedback`); the best
candidates are then re-scored with evidence BM25 does not see: query terms standing close together in the passage, many of them within
one sentence, query terms in the passage's section heading or document title, a sentence
holding the type of answer asked for (a number, a date, a percentage) beside the query
terms, and (for "what share/percentage") holding a percentage. Every ingredient can be
switched off for measuring (`qa.search.settings`, `bench/ablation.py`). `rank` is the single
entry point used by `ask`, `check` and `eval`. A small index's first pass runs in plain
Python (`qa.search.plain`), so that asking it imports no numpy; the results are the same.
"""
from __future__ import annotations

import math
from bisect import insort
from dataclasses import field
from functools import lru_cache
from itertools import islice

from ..frozen import frozen
from ..index.bm25 import top_k
from ..index.marks import PassageMarks
from ..index.model import Index
from ..index.scores import BOUND_MARGIN, distinct, top_k_above
from ..text.analyze import split_words
from ..text.answer_types import AnswerType, AskedFor, item_spans
from ..text.sentences import split_sentences
from ..types import TermScore
from .expand import EXPANSION_WEIGHT, QueryTerm
from .feedback import FEEDBACK_POOL, feedback
from .filters import Filters
from .lookup import remembered, stored
from . import plain
from .query import Query
from .settings import active

# postings of the question's own terms fewer than 1/SCAN_SHARE of the passages: the passages
# reaching a score are looked for among them (`reaching`), not in the whole array (measured
# at 200k and 1M: 7-9 ns a posting gathered against 0.6-0.7 ns a passage scanned)
SCAN_SHARE = 16
CANDIDATES = 20  # 20 and 30 rank alike on all four development sets (bench/README.md)
# Re-scoring weights, measured on the development questions (see the README); small on
# purpose: BM25 stays the main evidence.
PROXIMITY_WEIGHT = 0.5
SECTION_WEIGHT = 0.3
SENTENCE_WEIGHT = 0.1
# A passage holding the type of answer asked for counts as matching one more query term of
# average weight. Only for types rare enough to tell passages apart: numbers and dates stand
# in most passages and moved nothing when tried.
TYPE_WEIGHT = 1.0
RANKING_TYPES = (AnswerType.PERCENTAGE,)
# For those types and numbers and dates, what tells passages apart is a sentence that both
# covers the question and holds such an item: the answer sentence. Names are left out: a
# capitalised word stands in nearly every sentence.
ANSWER_SENTENCE_WEIGHT = 0.4
ANSWER_SENTENCE_TYPES = (AnswerType.NUMBER, AnswerType.DATE, AnswerType.PERCENTAGE)


@frozen
class Ranked:
    passage_id: int
    score: float
    bonus: dict[str, float] = field(default_factory=dict, compare=False)  # re-scoring, by name


def rank(index: Index, query: Query, k: int, expand_by_feedback: bool = True) -> list[Ranked]:
    """The k best passages for `query` (ties by position; a passage that holds a query term
    is a result even where BM25 scores it zero or below, after every positive one), from
    the sources its filters allow, holding every phrase quoted in the question.
    `expand_by_feedback=False` leaves pseudo-relevance feedback out (claim checking: a
    passage on the claim's topic that does not state it is no evidence)."""
    terms = list(query.terms)
    groups = synonym_groups(index, query)
    grouped = {id(q) for expansions in groups.values() for q in expansions}
    own = [(q.term, q.weight) for q in terms if id(q) not in grouped]
    typed_weights = {q.term: q.weight for q in terms if not q.via}
    depth = max(FEEDBACK_POOL, k, CANDIDATES)
    wants_feedback = expand_by_feedback and active().feedback
    mix, added = 0.0, {}
    if plain.held_plainly(index):
        scores = plain.PlainScores(index, own, groups, typed_weights)
        pool = scores.ranked(depth)
        if not wants_feedback or plain.feedback_is_whole(index, scores, pool):
            query.filters.restrict(index, scores)
            candidates = plain_candidates(index, scores, max(k, CANDIDATES), query.filters,
                                          terms, pool, depth)
            return rescore(index, query, terms, scores, candidates, k, mix, added)
        scores = scores.dense()  # feedback has documents enough to inform: numpy pays
    import numpy as np

    filtered = bool(query.filters.source_globs or query.filters.phrases)
    pool = None  # the first pass's best, for feedback and candidates alike
    if not plain.held_plainly(index):
        scores = index.weighted_scores(own).dense()
        # with feedback and no filters only the pool's scores are read, unless too few of
        # them turn out positive (then every passage's are added up after all)
        if groups and wants_feedback and not filtered:
            pool = capped_expansions_near_best(index, scores, groups, typed_weights, depth,
                                               pool_sample(index, own, depth), own)
        if pool is None:
            add_capped_expansions(index, scores, groups, typed_weights)
    partial = pool is not None  # scores exact only where they may be among the pool
    if pool is None:
        # without expansions the scores are the own terms': passages reaching a floor hold one
        pool = top_k_above(scores, depth, pool_sample(index, own, depth),
                           None if groups else lambda floor: reaching(index, scores, floor, own))
    if wants_feedback:
        ordered = np.sort(pool)
        mix, added = feedback(index, terms, scores, ordered)
    if mix and not filtered:
        # without filters only the pool's scores are read from here on (feedback raised
        # none beyond it), unless fewer than n of them are positive: only they are mixed,
        # not the array of all passages
        n = max(k, CANDIDATES)
        values = mixed(scores[ordered], mix, added, ordered)
        pooled = dict(zip(ordered.tolist(), values.tolist()))
        positive = values > 0
        kept = ordered[positive]  # by score, then position, as `accepted_candidates` orders
        candidates = kept[np.lexsort((kept, -values[positive]))].tolist()
        if len(candidates) >= min(n, len(index.passages)):
            return rescore(index, query, terms, pooled, candidates[:n], k, mix, added)
    if partial:
        scores = index.weighted_scores(own).dense()
        add_capped_expansions(index, scores, groups, typed_weights)
    if mix:
        scores = mixed(scores, mix, added)
    query.filters.restrict(index, scores)
    candidates = accepted_candidates(index, scores, max(k, CANDIDATES), query.filters, terms,
                                     pool, depth)
    return rescore(index, query, terms, scores, candidates, k, mix, added)


def mixed(scores, mix: float, added: dict[int, float], ids=None):
    """Scores once feedback is mixed in: RM3's share of the question's own scores, plus
    what the relevance model adds; of every passage, or of the passages `ids` (ascending)
    when `scores` holds theirs alone."""
    import numpy as np

    scores = scores * (1 - mix)
    raised = np.fromiter(added, dtype=np.int64, count=len(added))
    at = raised if ids is None else np.searchsorted(ids, raised)
    scores[at] += np.fromiter(added.values(), dtype=np.float64, count=len(added))
    return scores


def pool_sample(index: Index, own, depth: int):
    """Passages among which `depth` good first-pass scores are likely found, to start the
    pool's partial sort from (`top_k_above`): the postings of the query term found in fewest
    passages that still has `depth` of them (its passages hold a word of high idf)."""
    found = [docs for term, _ in own if len(docs := index.postings(term)[0]) >= depth]
    return min(found, key=len, default=())


def rescore(index: Index, query: Query, terms: list[QueryTerm], scores, candidates: list[int],
            k: int, mix: float, added: dict[int, float]) -> list[Ranked]:
    """The candidates re-scored with the evidence beyond BM25, the k best first."""
    idf = {q.term: index.weight_of(q.term) for q in terms}
    wanted = unique(terms)
    match = TermMatcher(index, wanted)
    typed = (plain.holding if plain.held_plainly(index) else holding)(
        index, candidates, query.typed_terms)
    match.prefetch([i for i in candidates if i in typed])
    rescored, best = [], []  # best: the sort keys of the candidates scored so far, in order
    for i in candidates:
        # evidence beyond BM25 is for passages holding a word typed, not only its synonyms
        bonus = bonus_parts(index, i, wanted, idf, match, query.asked,
                            needed(best, k, float(scores[i]))) if i in typed else {}
        total = float(scores[i]) + sum(bonus.values())  # the evidence, not feedback's share
        if mix:  # what feedback changed, so that --explain adds up
            base = (float(scores[i]) - added.get(i, 0.0)) / (1 - mix)
            bonus = {"+feedback": float(scores[i]) - base, **bonus}
        rescored.append((i, total, bonus, scores[i] <= 0))
        insort(best, rescore_key(rescored[-1]))
    rescored.sort(key=rescore_key)
    return [Ranked(i, round(s, 6), bonus) for i, s, bonus, _ in rescored[:k]]


def rescore_key(item: tuple) -> tuple:
    """A match that BM25 scores zero or below comes after every positive one; then by
    score, then by position."""
    return item[3], -item[1], item[0]


def needed(best: list[tuple], k: int, score: float) -> float:
    """What a candidate's evidence must at least add for it to be among the k best: the
    k-th best score so far less its own (less a margin for float sums); -inf while fewer
    than k are scored, or where the k-th is not positive or the candidate is not."""
    if len(best) < k or best[k - 1][0] or score <= 0:
        return -math.inf
    kth = -best[k - 1][1]
    return kth - score - BOUND_MARGIN * (abs(kth) + abs(score) + 1.0)


def holding(index: Index, passage_ids: list[int], terms) -> set[int]:
    """Those of `passage_ids` that hold one of `terms` (looked up in the terms' postings)."""
    import numpy as np

    wanted, found = np.asarray(passage_ids, dtype=np.int64), set()
    for term in terms if len(wanted) else ():
        docs = index.postings(term)[0]
        # ids of the postings' own type: searchsorted would otherwise copy the postings
        at = np.minimum(docs.searchsorted(wanted.astype(docs.dtype)), max(len(docs) - 1, 0))
        if len(docs):
            found.update(wanted[docs[at] == wanted].tolist())
    return found


def synonym_groups(index: Index, query: Query) -> dict[str, list[QueryTerm]]:
    """{typed term: its expansions} for each word typed that the corpus has. Together, a
    word's expansions add at most EXPANSION_WEIGHT x the least that word gives any passage
    holding it (`add_capped_expansions`), and a passage holding none of the words typed gets
    no re-scoring evidence, so a passage holding the word ranks above one holding only its
    synonyms (four synonyms of "peacekeepers" once outweighed the word itself)."""
    typed_term = dict(query.words)
    groups: dict[str, list[QueryTerm]] = {}
    for q in query.terms:
        term = typed_term.get(q.via) if q.via else None
        if term and len(stored(index, term)[0]):
            groups.setdefault(term, []).append(q)
    return groups


def add_capped_expansions(index: Index, scores, groups: dict[str, list[QueryTerm]],
                          typed_weight: dict[str, float]) -> None:
    """Add each typed word's expansions to `scores`, capped per passage (`synonym_groups`)."""
    import numpy as np

    for term, expansions in groups.items():
        parts = [(index.postings(q.term), q.weight) for q in expansions]
        docs = np.concatenate([found[0] for found, _ in parts])
        added = np.concatenate([weight * found[1] for found, weight in parts])
        if len(parts) > 1:  # a passage may hold several expansions: add theirs up first
            docs, at = np.unique(docs, return_inverse=True)
            added = np.bincount(at, weights=added, minlength=len(docs))
        cap = EXPANSION_WEIGHT * typed_weight.get(term, 1.0) * least_weight(index, term)
        scores[docs] += np.minimum(added, cap)


def capped_expansions_near_best(index: Index, scores, groups: dict[str, list[QueryTerm]],
                                typed_weight: dict[str, float], depth: int, sample, own=None):
    """The `depth` best passages (as `top_k` gives them) once each typed word's capped
    expansions are added (`add_capped_expansions`), adding them only where a passage may be
    among those, when that can be told: a passage's expansions add at most the sum of the
    groups' caps, so one whose own score is that much below the depth-th best own score
    among `sample` (distinct passages) cannot enter (the depth-th best of all is at least
    that), and one scan of the scores (or of the postings of `own`, the question's own
    terms, which `scores` sum: `reaching`) finds the others; each group's additions, once
    known, narrow those further. The passages left get the same sums, added in the same
    order; the others, which may hold the commonest synonyms' tens of thousands of
    postings, keep their own scores (only the depth best are read after this). None, and
    nothing changed, where no such floor exists."""
    import numpy as np

    if len(sample) < depth:
        return None
    caps = [EXPANSION_WEIGHT * typed_weight.get(term, 1.0) * least_weight(index, term)
            for term in groups]
    found = scores[sample]  # the depth-th best own score is at least the sample's
    top = float(np.partition(found, len(found) - depth)[len(found) - depth])
    reach = sum(caps)
    floor = top - reach - BOUND_MARGIN * (top + reach)  # the float sums may round either way
    if top <= 0 or floor <= 0:  # passages holding only expansions may be among the best
        return None
    near = reaching(index, scores, floor, own)
    near_scores = scores[near]
    # they hold the depth best own scores: the floor rises to the depth-th of those
    top = float(np.partition(near_scores, len(near) - depth)[len(near) - depth])
    kept = near_scores >= top - reach - BOUND_MARGIN * (top + reach)
    near, near_scores = near[kept], near_scores[kept]
    # the groups with the widest caps first: once a group's additions are known, a passage
    # that cannot reach the depth-th best even with every later cap is left out of the next
    # groups' look-ups (a question with several typed words of common synonyms: thousands
    # of passages near the best, each looked up in each synonym's postings)
    at, bound, expansions = np.arange(len(near)), near_scores.copy(), list(groups.values())
    parts: list = [None] * len(caps)
    widest = sorted(range(len(caps)), key=lambda g: -caps[g])
    for done, g in enumerate(widest, 1):
        added = np.zeros(len(at))  # from 0.0, as np.bincount adds
        with PassageMarks(index, near[at]) as members:  # a pass over few postings each
            for q in expansions[g]:
                tid = index.term_id(q.term)
                if tid is not None:  # their weights at these passages alone
                    hit, weights = members.weights_at(tid)
                    added[hit] += q.weight * weights[hit]
        parts[g] = np.zeros(len(near))
        parts[g][at] = np.minimum(added, caps[g])  # a passage without any adds min(0.0, cap)
        bound[at] += parts[g][at]
        rest = sum(caps[later] for later in widest[done:])
        if rest and len(at) > depth:  # the depth-th best is at least the depth-th bound
            kth = float(np.partition(bound[at], len(at) - depth)[len(at) - depth])
            at = at[bound[at] + rest >= kth - BOUND_MARGIN * (abs(kth) + reach + 1.0)]
    near, near_scores = near[at], near_scores[at]
    for part in parts:  # added group after group in their own order: the same sums
        near_scores += part[at]
    scores[near] = near_scores
    return near[top_k(near_scores, depth)]  # ties by position: `near` is ascending


def reaching(index: Index, scores, floor: float, own=None):
    """`np.flatnonzero(scores >= floor)` where `scores` are those of the question's own
    terms `own` ((term, weight) pairs) and `floor` is positive: only passages holding one
    of them can reach it, so where their postings are few beside the passages (1M passages,
    tens of thousands of postings) only those are looked at, not all of the 8 MB array.
    Nor all of those: a passage holding only terms whose largest weights add up to less
    than the floor cannot reach it (MaxScore's essential terms), and the commonest words
    have the smallest weights and the most postings."""
    import numpy as np

    held = [index.postings(term)[0] for term, _ in essential(index, own, floor)] \
        if own is not None else None
    if held is None or sum(map(len, held)) * SCAN_SHARE >= len(scores):
        return np.flatnonzero(scores >= floor)
    held = np.concatenate(held) if held else np.zeros(0, dtype=np.int64)
    return distinct(held[scores[held] >= floor]).astype(np.int64)


def essential(index: Index, own, floor: float):
    """Those of the (term, weight) pairs `own` that a passage must hold for their scores to
    reach `floor`: all but the terms of smallest bounds (weight x the term's largest
    posting weight) whose bounds add up to less than it (with a margin for float sums)."""
    bounds = []
    for term, weight in own:
        tid = index.term_id(term)
        bounds.append(-math.inf if tid is None else weight * index.at["term_max"][tid])
    skipped, kept = 0.0, []
    for j in sorted(range(len(own)), key=bounds.__getitem__):
        if not kept and bounds[j] == -math.inf:
            continue  # a term the corpus lacks adds nothing anywhere
        if not kept and bounds[j] >= 0 and (skipped + bounds[j]) * (1 + BOUND_MARGIN) < floor:
            skipped += bounds[j]
        else:
            kept.append(j)
    return [own[j] for j in sorted(kept)]


def least_weight(index: Index, term: str) -> float:
    """The least BM25 weight `term` gives a passage holding it (0 when BM25 gives it none)."""
    return max(float(index.postings(term)[1].min()), 0.0)


def typed_weight(query: Query, term: str) -> float:
    return next((q.weight for q in query.terms if q.term == term and not q.via), 1.0)


def accepted_candidates(index: Index, scores, n: int, filters: Filters,
                        terms: list[QueryTerm], pool, depth: int) -> list[int]:
    """The n best-scoring passages the filters accept, looking deeper while phrases reject;
    when the positive scores run out, the passages that hold a query term all the same.
    `pool`: the first pass's `depth` best passages (fewer if fewer scored above zero);
    feedback only raised scores among them and scaled every score alike, so the best
    passages are still among them."""
    import numpy as np

    n = min(n, len(index.passages))  # islice takes no n beyond sys.maxsize (k may be)
    found = len(pool)
    pool = pool[scores[pool] > 0]  # a --source filter may have ruled some out
    ranked = pool[np.lexsort((pool, -scores[pool]))]
    while True:
        accepted = (list(islice((int(i) for i in ranked  # reading a passage costs
                                 if filters.accepts(index.passages[int(i)])), n))
                    if filters.phrases else [int(i) for i in ranked[:n]])
        if len(accepted) >= n or found < depth:
            break
        depth *= 4
        ranked = top_k(scores, depth)
        found = len(ranked)
    if len(accepted) >= n:
        return accepted
    unscored = (i for i in matched_without_score(index, scores, terms)
                if filters.accepts(index.passages[i]))
    return accepted + list(islice(unscored, n - len(accepted)))


def plain_candidates(index: Index, scores: "plain.PlainScores", n: int, filters: Filters,
                     terms: list[QueryTerm], pool: list[int], depth: int) -> list[int]:
    """`accepted_candidates` for a small index's plain scores (no feedback: `pool`, the
    first pass's `depth` best, is still in order)."""
    n = min(n, len(index.passages))  # islice takes no n beyond sys.maxsize (k may be)
    ranked = [i for i in pool if scores[i] > 0]  # a --source filter may have ruled some out
    accepted = list(islice((i for i in ranked if filters.accepts(index.passages[i])), n))
    if len(accepted) < n and len(pool) >= depth:  # filters rejected some: look at them all
        accepted = list(islice((i for i in scores.ranked()
                                if filters.accepts(index.passages[i])), n))
    if len(accepted) >= n:
        return accepted
    unscored = (i for i in plain.matched_without_score(index, scores, terms)
                if filters.accepts(index.passages[i]))
    return accepted + list(islice(unscored, n - len(accepted)))


def matched_without_score(index: Index, scores, terms: list[QueryTerm]) -> list[int]:
    """Passages holding a query term whose BM25 score is zero or negative, best first.
    BM25Okapi gives that to terms in half or more of the passages (a one-document folder of
    two paragraphs), where a user still expects the passage that has the word."""
    import numpy as np

    held = [index.postings(q.term)[0] for q in terms]
    ids = np.unique(np.concatenate(held)) if held else np.zeros(0, dtype=np.int64)
    ids = ids[np.isfinite(scores[ids]) & (scores[ids] <= 0)]  # -inf: ruled out by --source
    return [int(i) for i in ids[np.lexsort((ids, -scores[ids]))]]


def bonus_parts(index: Index, passage_id: int, wanted: list[QueryTerm], idf: dict[str, float],
                match: "TermMatcher", asked: AskedFor,
                needed: float = -math.inf) -> dict[str, float]:
    """The re-scoring evidence for one passage, by name (shown by --explain); `wanted`: the
    query's terms, once each (`unique`). `needed`: what the evidence must add for the
    passage to be among the results (`rescore`); where even its best-covered sentence could
    not make up the rest, the answer-sentence patterns are not run and that part is left at
    0.0 (the passage is no result either way)."""
    passage = index.passages[passage_id]
    heading = match.heading_coverage(passage.section, passage.title, wanted, idf)
    spans, positions, by_sentence = match.hits(passage_id, passage.text)
    # a sentence without a query term covers nothing: only those holding one are weighed
    covered = {at: match.coverage(found, wanted, idf) for at, found in by_sentence.items()}
    on = active()
    parts = {"+proximity": PROXIMITY_WEIGHT * proximity(positions, wanted, idf) * on.proximity,
             "+sentence": SENTENCE_WEIGHT * max(covered.values(), default=0.0) * on.sentence,
             "+heading": SECTION_WEIGHT * heading * on.heading}
    if on.percentage and asked.type in RANKING_TYPES:
        typed = [idf[q.term] for q in wanted if q.weight == 1.0]
        if typed and next(item_spans(asked.type, passage.text), None):
            parts[f"+{asked.type}"] = TYPE_WEIGHT * sum(typed) / len(typed)
    if on.answer_sentence and asked.type in ANSWER_SENTENCE_TYPES:
        most = ANSWER_SENTENCE_WEIGHT * max(covered.values(), default=0.0)
        parts["+answer-sentence"] = 0.0 if sum(parts.values()) + most < needed else (
            ANSWER_SENTENCE_WEIGHT * best_answer_sentence(passage.text, spans, covered, asked))
    return parts


def best_answer_sentence(text: str, spans, covered: dict[int, float], asked: AskedFor) -> float:
    """The largest coverage of a sentence holding the asked-for item (0.0 if none): the
    sentences are tried best covered first, so the item patterns run until one holds."""
    for at, c in sorted(covered.items(), key=lambda item: -item[1]):
        if c and asked.item_in(text[spans[at][0]:spans[at][1]]):
            return c
    return 0.0


@lru_cache(maxsize=4096)
def sentence_words(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[str, ...], ...]]:
    """A passage's sentence spans and the words of each: the same for every query, and a
    batch of questions or a draft's claims re-score the same passages again and again."""
    spans = tuple(split_sentences(text))
    return spans, tuple(tuple(split_words(text[start:end])) for start, end in spans)


@lru_cache(maxsize=4096)
def heading_words(text: str) -> tuple[str, ...]:
    """The words of a section heading and title: the same for every query and for the many
    passages of one section."""
    return tuple(split_words(text))


def content_words(index: Index, text: str) -> tuple[str, ...]:
    """A heading's words less the stopwords (the words `Analyzer.terms` gives terms),
    remembered across the questions of a process: re-scoring meets most candidates'
    headings anew each question, and their words again question after question."""
    stopwords = index.analyzer.stopwords
    return remembered(index, "_content_words", text,
                      lambda: tuple(w for w in heading_words(text) if w not in stopwords))


def surface_words(index: Index, term: str) -> tuple[str, ...]:
    """The words the index has seen with this stem, remembered across the questions of a
    process where the index holds them in its stored, unchanging table (a look-up there
    each time cost more than the re-scoring's own arithmetic)."""
    if not hasattr(index.analyzer.known_stems, "keys_for"):  # a dict, still growing
        return tuple(index.analyzer.words_for(term))
    return remembered(index, "_surface_words", term,
                      lambda: tuple(index.analyzer.words_for(term)))


class TermMatcher:
    """Finds the query's terms in text without stemming it: the index knows which surface
    words have each stem, so a word is looked up in a small dict (None if no query term)."""

    def __init__(self, index: Index, wanted: list[QueryTerm]):
        self.stopwords = index.analyzer.stopwords
        self.term_of = {word: q.term for q in wanted for word in surface_words(index, q.term)}
        self.index = index
        # their coverage, by heading (a matcher serves one question: one `wanted`, one idf)
        self.headings: dict[tuple[str, str], float] = {}
        # the same, by the term ids the index stores for each passage's words
        self.term_of_id = {tid: q.term for q in wanted
                           if (tid := index.token_id(q.term)) is not None}
        self.found: dict[int, list[tuple[int, int]]] = {}  # `prefetch`ed query terms
        self.weighted: tuple | None = None  # (wanted, idf, each term's weight x idf)

    def prefetch(self, passage_ids: list[int]) -> None:
        """Find the query's terms among the stored tokens of all these passages at once, for
        `hits` (a big index's: one pass of numpy over a few thousand tokens, where reading
        each passage's tokens apart cost four numpy calls and a Python loop over each)."""
        index = self.index
        if index.small or index.sentences is None or not passage_ids or not self.term_of_id:
            return
        import numpy as np

        ids = np.asarray(passage_ids, dtype=np.int64)
        offsets = np.asarray(index.token_offsets)
        # offsets are stored unsigned (uint32): signed before any subtraction
        starts, ends = offsets[ids].astype(np.int64), offsets[ids + 1].astype(np.int64)
        lengths = ends - starts
        begin = np.cumsum(lengths) - lengths  # where each passage's tokens start in `tokens`
        tokens = index.tokens_at(np.arange(int(lengths.sum()), dtype=np.int64)
                                 + np.repeat(starts - begin, lengths))
        wanted = np.sort(np.fromiter(self.term_of_id, dtype=np.int64))
        # membership by binary search (np.isin builds a table as long as the ids' range)
        place = np.minimum(wanted.searchsorted(tokens), len(wanted) - 1)
        hit = np.flatnonzero(wanted[place] == tokens)
        cuts = np.searchsorted(hit, np.append(begin, len(tokens))).tolist()
        at, tids = (hit - np.repeat(begin, np.diff(cuts))).tolist(), tokens[hit].tolist()
        for n, passage_id in enumerate(passage_ids):
            first, last = cuts[n], cuts[n + 1]
            self.found[passage_id] = list(zip(at[first:last], tids[first:last]))

    def heading_coverage(self, section: str, title: str, wanted: list[QueryTerm],
                         idf: dict[str, float]) -> float:
        """`coverage` of a passage's section heading and document title, once per heading:
        the many passages of one section share it."""
        found = self.headings.get((section, title))
        if found is None:
            term_of = self.term_of
            found = self.headings[section, title] = self.coverage(
                {term_of.get(w) for w in content_words(self.index, f"{section} {title}")},
                wanted, idf)
        return found

    def coverage(self, found: set[str], wanted: list[QueryTerm], idf: dict[str, float]) -> float:
        """`coverage`, with each term's weight x idf multiplied once per question, not once
        per sentence and heading: the same products, added in the same order."""
        if self.weighted is None or self.weighted[0] is not wanted or self.weighted[1] is not idf:
            self.weighted = (wanted, idf, [(q.term, q.weight * idf[q.term]) for q in wanted])
        return sum([mass for term, mass in self.weighted[2] if term in found])

    def hits(self, passage_id: int, text: str) -> tuple[list[tuple[int, int]],
                                                        dict[str, list[int]],
                                                        dict[int, set[str]]]:
        """A passage's sentence spans; where each query term stands in the passage's words
        (stopwords left out, sentence after sentence: `Analyzer.terms` positions); and the
        query terms each sentence holds, for the sentences holding any, in order. Read from
        the sentence terms the index stored at build time (an index held without them splits
        the text); only the query's terms are kept, the other words only counted."""
        positions: dict[str, list[int]] = {}
        by_sentence: dict[int, set[str]] = {}
        if self.index.sentences is None:
            spans, words = sentence_words(text)
            term_of, stopwords, at = self.term_of.get, self.stopwords, 0
            for number, sentence in enumerate(words):
                for word in sentence:
                    if word in stopwords:
                        continue
                    term = term_of(word)
                    if term is not None:
                        positions.setdefault(term, []).append(at)
                        by_sentence.setdefault(number, set()).add(term)
                    at += 1
            return list(spans), positions, by_sentence
        stored = self.index.at
        first = stored["sentence_offsets"][passage_id]
        rows = stored["sentences"][3 * first:3 * stored["sentence_offsets"][passage_id + 1]]
        rows = rows.tolist()
        spans, ends = list(zip(rows[0::3], rows[1::3])), rows[2::3]
        term_of, number = self.term_of_id, 0
        found, last = self.found.get(passage_id), ends[-1] if ends else 0
        if found is None:
            start = stored["token_offsets"][passage_id]
            end = min(stored["token_offsets"][passage_id + 1], start + last)
            tokens = self.index.token_ids(start, end) if ends else []
            found = [(at, tid) for at, tid in enumerate(tokens) if tid in term_of]
        elif found and found[-1][0] >= last:  # tokens past the last sentence's are not read
            found = [(at, tid) for at, tid in found if at < last]
        for at, tid in found:
            term = term_of[tid]
            positions.setdefault(term, []).append(at)
            while at >= ends[number]:  # the sentence this word ends in
                number += 1
            by_sentence.setdefault(number, set()).add(term)
        return spans, positions, by_sentence


def coverage(found: set[str], wanted: list[QueryTerm], idf: dict[str, float]) -> float:
    """The idf mass of the query terms present in `found`."""
    return sum(q.weight * idf[q.term] for q in wanted if q.term in found)


def unique(terms: list[QueryTerm]) -> list[QueryTerm]:
    return list({q.term: q for q in reversed(terms)}.values())


def smallest_gap(xs: list[int], ys: list[int]) -> int:
    """The least distance between a position of `xs` and one of `ys`: two plain loops, no
    generator made (asked for each pair of terms of each passage a question retrieves)."""
    gap = abs(xs[0] - ys[0])
    for x in xs:
        for y in ys:
            if abs(x - y) < gap:
                gap = abs(x - y)
    return gap


def proximity(positions: dict[str, list[int]], terms: list[QueryTerm],
              idf: dict[str, float]) -> float:
    """Sum over pairs of distinct query terms of their smaller idf / squared distance."""
    present = [q for q in terms if q.term in positions]
    total = 0.0
    for i, a in enumerate(present):
        for b in present[i + 1:]:
            xs, ys = positions[a.term], positions[b.term]
            # most terms stand once in a passage: one difference, no loop
            gap = abs(xs[0] - ys[0]) if len(xs) == 1 == len(ys) else smallest_gap(xs, ys)
            total += a.weight * b.weight * min(idf[a.term], idf[b.term]) / gap ** 2
    return total


def explain(index: Index, query: Query, ranked: Ranked) -> tuple[TermScore, ...]:
    """What each query term added to the BM25 score of one ranked passage, largest first,
    then the re-scoring evidence (proximity, best sentence, heading...) that ranking found."""
    contributions: dict[str, TermScore] = {}
    for q in query.terms:
        docs, weights = index.postings(q.term)
        at = docs.searchsorted(ranked.passage_id)
        if at < len(docs) and docs[at] == ranked.passage_id:
            before = contributions.get(q.term)
            score = q.weight * float(weights[at]) + (before.score if before else 0.0)
            contributions[q.term] = TermScore(q.term, round(score, 6), q.via)
    for term, expansions in synonym_groups(index, query).items():  # as capped in ranking
        members = [contributions[q.term] for q in expansions if q.term in contributions]
        added = sum(t.score for t in members)
        cap = EXPANSION_WEIGHT * typed_weight(query, term) * least_weight(index, term)
        for t in members if added > cap else ():
            contributions[t.term] = TermScore(t.term, round(t.score * cap / added, 6), t.via)
    extra = [TermScore(name, round(value, 6)) for name, value in ranked.bonus.items() if value]
    return tuple(sorted(contributions.values(), key=lambda t: -t.score)) + tuple(extra)
