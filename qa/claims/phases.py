"""Predicates that start and end one state ("imposed" / "lifted" a ban) are exclusive only at
one time: a ban imposed and later lifted is two events of one story, and a sentence telling the
first does not deny the second where the claim places the second at a moment the sentence does
not tell ("led the authorities to impose restrictions on rotations" / "Mali lifts the rotation
ban after ECOWAS mediation"). Such a pair stays a conflict where the claim gives no moment
("ECOWAS lifted its sanctions" / "ECOWAS imposed sanctions": the source's act stands against
the claim's reversal) or one the sentence states ("lifted its sanctions in January 2022" / "In
January 2022, ECOWAS imposed sanctions"). A moment is a date, or an event the claim's
predicate follows ("after ECOWAS mediation"), stated only if every content word of it is.
"""
from __future__ import annotations

from functools import lru_cache

from .facts import Parsed, groups_of
from .vocabulary import Vocabulary

# a word of the starting side of each such row of `exclusive_predicates.tsv` (only this one:
# "began" / "ended" and "deployed" / "withdrew" cost right contradictions of an unread set)
PHASE_STARTS = ("impose",)
# words that place the claim's predicate after another event: "lifted it after the mediation"
LATER_THAN = frozenset("after following once".split())
ANCHOR_WORDS = 4  # content words of the event a predicate follows


@lru_cache(maxsize=4)  # one vocabulary a run
def phase_terms(vocab: Vocabulary) -> frozenset[str]:
    """The terms of both sides of every phase row of the exclusive table."""
    starts = {t for word in PHASE_STARTS for t in vocab.analyzer.terms(word)}
    return frozenset(t for a, b in vocab.exclusive if a & starts for t in a | b)


def phase_pair(a: set[str], b: set[str], vocab: Vocabulary) -> bool:
    """The claim's and the sentence's terms are the two ends of one state."""
    terms = phase_terms(vocab)
    return bool(a & terms) and bool(b & terms)


def other_moment(claim: Parsed, sentence: Parsed, vocab: Vocabulary, agree) -> bool:
    """The claim places its predicate at a moment the sentence does not tell: a date none of
    the sentence's agrees with (`agree` reads two figures), or an event it follows whose
    content words the sentence does not all state."""
    dates = [m for m in claim.mentions if m.family in ("year", "month")]
    if dates:
        return not any(agree(m, s) for m in dates for s in sentence.mentions)
    tokens = claim.tokens
    at = next((i for i, t in enumerate(tokens) if t.word.lower() in LATER_THAN), None)
    if at is None:
        return False
    anchor = []
    for token in tokens[at + 1:]:
        if token.brk and anchor or len(anchor) == ANCHOR_WORDS:
            break
        if token.terms:
            anchor.append(token)
    groups = groups_of(sentence, vocab)
    return bool(anchor) and not all(any(vocab.matches(t, sentence.terms, groups)
                                        for t in token.terms) for token in anchor)
