"""Whether another retrieved sentence denies the claim's word that a supporting sentence
leaves unsaid.

A sentence supports a claim when it states enough of the claim's weight, so a sentence on the
claim's topic may support it while missing its point: "The mission was given a
counterterrorism mandate" is not stated by a sentence on the mission's mandate that never says
"counterterrorism", least of all when another sentence of the sources says the mission "did not
have a counterterrorism mandate". The word one sentence leaves out and another denies is the
claim's fact in question: the first sentence is no evidence for it. The denial itself may be
too far from the rest of the claim to contradict it (its share of the claim's other words is
low), so it only takes the support away.
"""
from __future__ import annotations

from dataclasses import replace

from ..types import ConflictKind, Stance
from .facts import Parsed, groups_of
from .vocabulary import Vocabulary

# share of the claim a denying sentence must state to speak of the claim's thing: at least
# the share below which a passage is not even shown as related evidence (`check.RELATED`),
# and this share of what the support states: "many TCCs had not provided training" (0.35 of
# a claim on what countries "had provided" to the force, against a support stating 0.8) is
# about another thing; "it did not have a counterterrorism mandate" (0.51, against 0.57) is not
ABOUT = 0.3
NEAR = 0.75


def denials(alignments, claim: Parsed, vocab: Vocabulary) -> list[tuple[float, set[str]]]:
    """Each sentence about the claim (ABOUT) that denies some of the claim's words: its
    coverage, and the terms it denies (a negation on the claim's own word, the claim saying it
    plainly). Not a name or a figure ("the inability of MINUSMA" denies no name): the claim's
    fact in question is a word of its predicate."""
    if claim.has_negation:
        return []
    names = {t for m in claim.mentions for t in vocab.analyzer.terms(m.text)}
    found = []
    for a in alignments:
        terms = {t for c in a.conflicts if c.kind == ConflictKind.POLARITY
                 for t in vocab.analyzer.terms(c.claim)} - names
        if terms and a.coverage >= ABOUT:
            found.append((a.coverage, terms))
    return found


def unsaid_denied(alignments, claim: Parsed, vocab: Vocabulary) -> list:
    """The alignments, with each support that leaves a denied word of the claim unsaid
    (`denials`, by a sentence stating NEAR of what the support states; not by the sentence,
    nor a synonym, nor a form it states) made related."""
    found = denials(alignments, claim, vocab)
    if not found:
        return alignments
    return [replace(a, stance=Stance.RELATED)
            if a.stance == Stance.SUPPORTS and any(
                coverage >= NEAR * a.coverage and not all(states(a, t, vocab) for t in terms)
                for coverage, terms in found)
            else a for a in alignments]


def states(a, term: str, vocab: Vocabulary) -> bool:
    return term in a.named or vocab.matches(term, a.parsed.terms, groups_of(a.parsed, vocab))
