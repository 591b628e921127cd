"""Would per-block maxima of the BM25 weights (block-max WAND / MaxScore) speed up the 1M
question? Measured before changing the index format (issue 18, round 28: they would not).

`rank()` needs the exact first-pass scores of the FEEDBACK_POOL (200) best passages. Today
every posting of the question's own terms is added into an array of all passages
(`Index.dense_scores`), then `reaching` finds the passages over the pool's floor among the
postings of the essential terms. Block maxima would let a candidate passage (one holding an
essential term) be bounded by its exact essential part plus, for each other term, the largest
weight of the block of that term's postings whose passage range holds it (0 in a gap between
blocks); only candidates whose bound reaches the floor are looked up exactly.

Two measurements over `bench/scale.py`'s 200 questions, the maxima computed here from the
postings (as an index would store them; not timed):

1. counts, at the true depth-th best score: the own terms' postings, the essential terms'
   postings, the candidates reaching the floor with the other terms' whole-term bounds plus
   the groups' caps, and with per-block bounds (blocks of `--blocks` postings), the synonym
   groups bounded per block too (`min(cap, members' block bounds)`);
2. time (CPU, question by question, two index copies alternated): main's way (dense sums,
   `top_k_above` with `reaching`) against the block-max way for the own terms (a floor from
   the exact scores of `pool_sample`, the essential terms summed densely, the candidates
   bounded per block, the survivors scored exactly in query order); both must give the same
   ids in the same order.

    python bench/block_bounds.py DIR [--blocks 128 32 8]

DIR is a `scale.py --workdir` (its `corpus/` stamp gives the questions, `index/` the index).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from two_codes import open_index, questions
from qa.index.scores import BOUND_MARGIN, distinct, top_k_above
from qa.search import rank as R
from qa.search.query import Query

DEPTH = 200  # FEEDBACK_POOL: the pool `rank()` needs exactly


class Blocks:
    """Each term's postings cut into blocks of `size`: the passage range and the largest
    weight of each block, from the stored postings."""

    def __init__(self, index, size: int):
        self.index, self.size, self.found = index, size, {}

    def of(self, tid: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(first passage, last passage, largest weight) of each block of term `tid`."""
        if tid not in self.found:
            docs, weights = (np.asarray(part) for part in self.index.postings_of(tid))
            starts = np.arange(0, len(docs), self.size)
            ends = np.minimum(starts + self.size, len(docs)) - 1
            self.found[tid] = (docs[starts].astype(np.int64), docs[ends].astype(np.int64),
                               np.maximum.reduceat(weights, starts))
        return self.found[tid]

    def bound(self, tid: int, passages: np.ndarray) -> np.ndarray:
        """The largest weight term `tid` may give each of `passages` (0 outside its blocks)."""
        first, last, largest = self.of(tid)
        block = np.maximum(np.searchsorted(first, passages, side="right") - 1, 0)
        inside = (passages >= first[block]) & (passages <= last[block])
        return np.where(inside, largest[block], 0.0)


def split_terms(index, question: str):
    """(own (tid, weight) pairs, {typed term: expansions}, typed weights) as `rank` splits them."""
    query = Query.parse(index, question)
    groups = R.synonym_groups(index, query)
    grouped = {id(q) for expansions in groups.values() for q in expansions}
    own = [(q.term, q.weight) for q in query.terms if id(q) not in grouped]
    return own, groups, {q.term: q.weight for q in query.terms if not q.via}


def essential_split(bounds: list[float], floor: float, budget: float = 0.0):
    """(essential positions, the others, what the others may add): MaxScore's split."""
    skipped, others = budget, []
    for j in sorted(range(len(bounds)), key=bounds.__getitem__):
        if (skipped + bounds[j]) * (1 + BOUND_MARGIN) >= floor:
            break
        skipped, others = skipped + bounds[j], others + [j]
    return [j for j in range(len(bounds)) if j not in others], others, skipped


def counts(index, question: str, blocks: dict[int, Blocks]) -> dict:
    """Postings and candidates at the true floor (own terms plus capped expansions)."""
    own, groups, typed = split_terms(index, question)
    scores = index.weighted_scores(own).dense()
    full = scores.copy()
    R.add_capped_expansions(index, full, groups, typed)
    floor = float(np.partition(full, len(full) - DEPTH)[len(full) - DEPTH])
    caps = [R.EXPANSION_WEIGHT * typed.get(t, 1.0) * R.least_weight(index, t) for t in groups]
    terms = [(tid, w) for t, w in own if (tid := index.term_id(t)) is not None]
    bounds = [w * index.at["term_max"][tid] for tid, w in terms]
    kept, others, skipped = essential_split(bounds, floor, sum(caps))
    row = {"own": sum(index.doc_freq_of(tid) for tid, _ in terms),
           "essential": sum(index.doc_freq_of(terms[j][0]) for j in kept)}
    if not kept or sum(caps) >= floor:
        return row
    held = distinct(np.concatenate([np.asarray(index.postings_of(terms[j][0])[0], dtype=np.int64)
                                    for j in kept]))
    partial = np.zeros(len(held))  # the essential terms' part of each passage's score
    for j in kept:
        partial += terms[j][1] * index.weights_at(terms[j][0], held)[1]
    candidates, partial = held[partial + skipped >= floor], partial[partial + skipped >= floor]
    row["candidates"] = len(candidates)
    for size, found in blocks.items():
        bound = partial.copy()
        for j in others:
            bound += terms[j][1] * found.bound(terms[j][0], candidates)
        row[f"blocks{size}"] = int((bound + sum(caps) >= floor).sum())
        for (term, expansions), cap in zip(groups.items(), caps):
            members = np.zeros(len(candidates))
            for q in expansions:
                if (tid := index.term_id(q.term)) is not None:
                    members += q.weight * found.bound(tid, candidates)
            bound += np.minimum(members, cap)
        row[f"groups{size}"] = int((bound >= floor).sum())
    return row


def dense_way(index, own) -> np.ndarray:
    """Main's first pass for the own terms: dense sums, the pool found above a floor."""
    scores = index.weighted_scores(own).dense()
    return top_k_above(scores, DEPTH, R.pool_sample(index, own, DEPTH),
                       lambda floor: R.reaching(index, scores, floor, own))


def block_way(index, own, blocks: Blocks) -> np.ndarray | None:
    """The same ids from block maxima; None where no floor is found (main's way then)."""
    terms = [(tid, w) for t, w in own if (tid := index.term_id(t)) is not None]
    sample = np.asarray(R.pool_sample(index, own, DEPTH), dtype=np.int64)
    if not terms or len(sample) < DEPTH:
        return None
    found = exact_scores(index, terms, sample)
    floor = float(np.partition(found, len(found) - DEPTH)[len(found) - DEPTH])
    if floor <= 0:
        return None
    kept, others, skipped = essential_split(
        [w * index.at["term_max"][tid] for tid, w in terms], floor)
    docs = [np.asarray(index.postings_of(terms[j][0])[0]) for j in kept]
    weights = [terms[j][1] * np.asarray(index.postings_of(terms[j][0])[1]) for j in kept]
    held = np.concatenate(docs, dtype=np.int64)
    partial = np.bincount(held, weights=np.concatenate(weights), minlength=len(index.passages))
    candidates = distinct(held[partial[held] * (1 + BOUND_MARGIN) + skipped >= floor])
    bound = partial[candidates]
    for j in others:
        bound = bound + terms[j][1] * blocks.bound(terms[j][0], candidates)
    survivors = candidates[bound * (1 + BOUND_MARGIN) >= floor]
    return survivors[R.top_k(exact_scores(index, terms, survivors), DEPTH)]


def exact_scores(index, terms, passages: np.ndarray) -> np.ndarray:
    """The own terms' scores of the sorted `passages`, added in query order from 0.0 (the
    dense sums' floats), each term's weights looked up at them (`Index.weights_at`: a
    binary search per run of ids, not every posting computed, for a common term)."""
    scores = np.zeros(len(passages))
    for tid, weight in terms:
        scores += weight * index.weights_at(tid, passages)[1]
    return scores


def timings(workdir: Path, asked: list[str], size: int) -> None:
    """Both ways question by question on two copies of the index, the order swapped each
    question; the block maxima computed before the clock starts."""
    dense_index, block_index = open_index("qa", workdir), open_index("qa", workdir)
    blocks = Blocks(block_index, size)
    for question in asked:
        for term, _ in split_terms(block_index, question)[0]:
            if (tid := block_index.term_id(term)) is not None:
                blocks.of(tid)
    block_index.computed.clear()  # no question's postings computed ahead of its turn
    block_index.computed_size = 0
    times, same = {"dense": [], "blocks": []}, 0
    for n, question in enumerate(asked):
        ranked = {}
        for name in ("dense", "blocks") if n % 2 == 0 else ("blocks", "dense"):
            index = dense_index if name == "dense" else block_index
            own = split_terms(index, question)[0]
            started = time.process_time()
            ranked[name] = dense_way(index, own) if name == "dense" else block_way(
                index, own, blocks)
            times[name].append(1000 * (time.process_time() - started))
        same += ranked["blocks"] is None or np.array_equal(ranked["dense"], ranked["blocks"])
    for name, found in times.items():
        print(f"{name} (blocks of {size}): CPU p50 {np.median(found):.2f} p95 "
              f"{np.percentile(found, 95):.2f} mean {np.mean(found):.2f} ms")
    print(f"same ids in the same order: {same} of {len(asked)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--blocks", type=int, nargs="+", default=[128, 32, 8])
    args = parser.parse_args()
    asked = questions(args.workdir)
    index = open_index("qa", args.workdir)
    blocks = {size: Blocks(index, size) for size in args.blocks}
    rows = [counts(index, question, blocks) for question in asked]
    for key in dict.fromkeys(key for row in rows for key in row):
        found = np.asarray([row[key] for row in rows if key in row])
        print(f"{key}: p50 {np.median(found):.0f} p95 {np.percentile(found, 95):.0f} "
              f"mean {found.mean():.0f} ({len(found)} questions)")
    timings(args.workdir, asked, args.blocks[0])


if __name__ == "__main__":
    main()
