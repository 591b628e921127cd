"""A forecast told as certain by a sentence that only expects it: "The ferry line will close
in May" / "The ferry line is likely to close in May", "... should close in May".

`expectations.hedged` lets a sentence of expectation state a claim that is itself a forecast
("will", "may"): both speak of what is to come. But "will" says it is to come, plainly; "is
likely to", "should" say it probably is. A claim that drops the hedge says
more than the sentence does (the writer's doubt is part of the fact), so such a sentence does
not support it. Only a claim whose one word of the future is "will" and that hedges nothing
itself ("will probably", "is expected to ... will") is read so, and only against a sentence
that never says "will" (in the one of two joined neighbours that states the claim) and does
expect; a hedged claim ("may close") is weaker than a plain sentence and stays stated by it.
"""
from __future__ import annotations

from ..search.wordnet import MODALS
from .expectations import EXPECTATIONS, HEDGES
from .facts import Parsed
from .neighbour_parts import sentences

CERTAIN = frozenset({"will"})  # the plain future: it is to come
# what a claim may hedge with: any modal but "will" ("may", "could", "would"), a word of
# expectation or belief; such a claim is itself unsure, and stays stated by an expectation
DOUBTS = EXPECTATIONS | HEDGES | (MODALS - CERTAIN) | frozenset("perhaps maybe".split())
SCHEDULES = frozenset("expected expect expects".split())  # "is expected to": a schedule
# what a sentence expects with: the writer's weighing of how likely it is ("likely",
# "unlikely"), a word of belief ("probably", "suggests"), or "should". Not "is expected to": in
# reports it gives a schedule ("the assembly is expected to approve the budget later this
# year"), which a claim may tell with "will" (tests/test_check.py); not "may", "might",
# "could", "would": a possibility or a condition, which real-world claims put as "will" and
# their labels read as stated (measured: on CLIMATE-FEVER dev, a "will" forecast against a
# source's "may" is labelled supported, and reading "may" here lost that right support), so
# the sentence's possibility is left to the rest of the checker
EXPECTING = (EXPECTATIONS - SCHEDULES) | (HEDGES - SCHEDULES) | frozenset({"should"})


def words(tokens) -> set[str]:
    return {t.word.lower() for t in tokens}


def certainty_added(claim: Parsed, sentence: Parsed) -> bool:
    """The claim says "will" and no word of doubt; the sentence (of two neighbours joined,
    the one that shares most content terms with the claim) says no "will" and expects."""
    mine = words(claim.tokens)
    if mine.isdisjoint(CERTAIN) or not mine.isdisjoint(DOUBTS):
        return False
    theirs = words(sentence.tokens)
    if theirs.isdisjoint(EXPECTING):
        return False
    if theirs.isdisjoint(CERTAIN):
        return True
    terms = {term for t in claim.tokens for term in t.terms}
    best = max(sentences(sentence), key=lambda part: len(terms.intersection(
        term for t in part for term in t.terms)))
    told = words(best)
    return told.isdisjoint(CERTAIN) and not told.isdisjoint(EXPECTING)

