"""Predicates that start and end one state ("imposed" / "lifted" a ban, "began" / "ended" an
operation, "deployed" / "withdrew" a force) are exclusive only at one time: a ban imposed and
later lifted is two events of one story, and a sentence telling the first does not deny the
second ("led the authorities to impose restrictions on rotations" / "Mali lifts the rotation
ban after mediation"). Such a pair is a conflict only where the claim dates its predicate and
the sentence states that date ("lifted its sanctions in January 2022" / "In January 2022, ECOWAS
imposed sanctions"): the same moment, one of the two predicates wrong."""
from __future__ import annotations

from functools import lru_cache

from .facts import Parsed
from .vocabulary import Vocabulary

# a word of the starting side of each such row of `exclusive_predicates.tsv`
PHASE_STARTS = ("deploy", "begin", "impose")


@lru_cache(maxsize=4)  # one vocabulary a run
def phase_terms(vocab: Vocabulary) -> frozenset[str]:
    """The terms of both sides of every phase row of the exclusive table."""
    starts = {t for word in PHASE_STARTS for t in vocab.analyzer.terms(word)}
    return frozenset(t for a, b in vocab.exclusive if a & starts for t in a | b)


def phase_pair(a: set[str], b: set[str], vocab: Vocabulary) -> bool:
    """The claim's and the sentence's terms are the two ends of one state."""
    terms = phase_terms(vocab)
    return bool(a & terms) and bool(b & terms)


def same_moment(claim: Parsed, sentence: Parsed, agree) -> bool:
    """The claim has a date the sentence states (`agree` reads two figures)."""
    return any(m.family in ("year", "month") and any(agree(m, s) for s in sentence.mentions)
               for m in claim.mentions)
