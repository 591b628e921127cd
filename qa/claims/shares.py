"""The share of a claim a sentence states, and the shares `check` asks of it.

`covered` weighs the claim's terms a sentence (and, at some credit, its passage) states;
`stated_terms` finds them once for the several shares `check.align` asks of one sentence,
`said_share` sums them. SUPPORT, POINT and RELATED are the shares a supporting sentence must
state of the claim, of its point, and of each of its clauses (`clause_shares`).
"""
from __future__ import annotations

from .facts import Parsed, groups_of, remembered
from .vocabulary import Vocabulary

SUPPORT = 0.55  # share of the claim a sentence must state to support it (chosen on half of CF dev)
# share of the claim's point (`point_weights`) a supporting sentence must state: chosen on the
# even ids of CF dev, the lowest of the thresholds with their best `supported` precision
# (0.36-0.40) while keeping as many supported verdicts (bench/README)
POINT = 0.36
RELATED = 0.3  # below this a passage is not shown as related evidence


def covered(weights: dict[str, float], sentence: Parsed, passage: Parsed, vocab: Vocabulary,
            exclude: set[str] = frozenset(), named: set[str] = frozenset(),
            context: float = 0.0, around: list[Parsed] = (),
            said: tuple[set[str], set[str]] | None = None) -> float:
    """The weighted share of the claim's terms (less `exclude`) the sentence states (a term in
    `named`, or in one of the `around` sentences, counts as stated), a term only elsewhere in
    the passage counting `context`; `said`: `stated_terms` of these weights' terms, when the
    caller found them already (it asks several shares of one sentence)."""
    if said is not None and not around:  # the common case (align's shares), as below
        return said_share(weights, exclude, named, context, *said)
    near = [(p.terms, groups_of(p, vocab)) for p in around]
    if said is None:
        in_sentence, in_passage = groups_of(sentence, vocab), groups_of(passage, vocab)
        in_s = lambda term: vocab.matches(term, sentence.terms, in_sentence)
        in_p = lambda term: vocab.matches(term, passage.terms, in_passage)
    else:
        in_s, in_p = said[0].__contains__, said[1].__contains__
    got = total = 0.0
    for term, weight in weights.items():
        if term in exclude:
            continue
        total += weight
        if term in named or in_s(term) \
                or near and any(vocab.matches(term, terms, groups) for terms, groups in near):
            got += weight
        elif in_p(term):
            got += context * weight
    return got / total if total else 0.0


def said_share(weights: dict[str, float], exclude, named, context: float,
               in_sentence: set[str], in_passage: set[str]) -> float:
    """`covered` with the terms the sentence and its passage state found already and no
    sentence around: the same sums, in the same order, without a call per term (asked
    several times for every pair)."""
    got = total = 0.0
    for term, weight in weights.items():
        if term in exclude:
            continue
        total += weight
        if term in named or term in in_sentence:
            got += weight
        elif term in in_passage:
            got += context * weight
    return got / total if total else 0.0


def stated_terms(weights: dict[str, float], sentence: Parsed, passage: Parsed,
                 vocab: Vocabulary) -> tuple[set[str], set[str]]:
    """The terms of `weights` the sentence states (a synonym counts), and those its passage
    states: what `covered` weighs."""
    in_sentence = groups_of(sentence, vocab)
    # the passage's share is the same for each of its sentences: remembered on the passage by
    # the terms asked (their weights do not matter here)
    terms = tuple(weights)
    return ({t for t in weights if vocab.matches(t, sentence.terms, in_sentence)},
            remembered(passage, ("terms stated", terms, vocab),
                       terms_stated, passage, terms, vocab))


def terms_stated(passage: Parsed, terms: tuple[str, ...], vocab: Vocabulary) -> set[str]:
    """The terms the passage states (`stated_terms`)."""
    return {t for t in terms if vocab.matches(t, passage.terms, groups_of(passage, vocab))}
