"""BM25 as rank-bm25's `BM25Okapi` defines it: a posting's weight is its term's idf times the
factor of its (tf, passage length) pair, both computed at build time (`qa.index.build`).

rank-bm25 is the reference for scores (tests check equality to 1e-9). Its corners, kept on
purpose: idf = ln(N - df + 0.5) - ln(df + 0.5); a negative idf (a term in more than half of the
passages) is floored at `epsilon * mean idf`; a term in exactly half of them scores 0.
"""
from __future__ import annotations

from ..frozen import frozen

# numpy is imported where it is used: a small index is searched without it (see
# qa.index.scores), and importing it costs about as much as starting typer and rich



@frozen
class BM25Params:
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25

    def as_dict(self) -> dict:
        return {"k1": self.k1, "b": self.b, "epsilon": self.epsilon}


def okapi_idf(doc_freqs: np.ndarray, n_docs: int, epsilon: float) -> np.ndarray:
    """Per-term idf exactly as BM25Okapi._calc_idf computes it."""
    import numpy as np

    df = doc_freqs.astype(np.float64)
    idf = np.log(n_docs - df + 0.5) - np.log(df + 0.5)
    if len(idf):
        floor = epsilon * (idf.sum() / len(idf))
        idf[idf < 0] = floor
    return idf


def passage_norms(doc_lengths: np.ndarray, avgdl: float, params: BM25Params) -> np.ndarray:
    """The length normalisation `k1 * (1 - b + b * |D| / avgdl)` of passages of these lengths."""
    import numpy as np

    return params.k1 * (1 - params.b + params.b * np.asarray(doc_lengths) / avgdl)


def tf_factors(term_freqs: np.ndarray, norm_of_posting: np.ndarray,
               params: BM25Params) -> np.ndarray:
    """rank-bm25's `tf * (k1 + 1) / (tf + norm)`: a posting's weight divided by its idf."""
    import numpy as np

    tf = np.asarray(term_freqs).astype(np.float64)
    return tf * (params.k1 + 1) / (tf + norm_of_posting)


def top_k(scores, k: int) -> np.ndarray:
    """Indices of the k best positive scores, best first, ties broken by position: of an
    array, or of a query's `QueryScores` (which computes only what it must).

    argpartition would pick arbitrarily among ties at the cut, so everything tied with the
    k-th score is kept before the stable sort.
    """
    if hasattr(scores, "top"):
        return scores.top(k)
    import numpy as np

    candidates = np.flatnonzero(scores > 0)
    if len(candidates) > k:
        kth = np.partition(scores[candidates], len(candidates) - k)[len(candidates) - k]
        candidates = candidates[scores[candidates] >= kth]
    order = np.lexsort((candidates, -scores[candidates]))
    return candidates[order][:k]


def term_maxima(offsets: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The largest posting weight of each term (0 for a term without postings)."""
    import numpy as np

    starts = np.asarray(offsets[:-1])
    filled = np.flatnonzero(np.diff(offsets) > 0)
    maxima = np.zeros(len(starts), dtype=np.float64)
    if len(filled):
        maxima[filled] = np.maximum.reduceat(np.asarray(weights), starts[filled])
    return maxima
