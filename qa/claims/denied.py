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

The same holds inside one sentence: "full freedom of movement was guaranteed to the mission"
is not stated by "the government would not allow full freedom of movement for the mission",
which denies, with a verb of its own, what the claim grants (`denied_object`).
"""
from __future__ import annotations

from dataclasses import replace

from ..types import ConflictKind, Stance
from ..search.wordnet import communicates
from .compare import negated
from .facts import Parsed, Token, groups_of, word_terms
from .polarity import OBJECT, OBJECT_OPENERS, polar_words, polarity
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
    names = {t for m in claim.mentions for t in word_terms(m.text, vocab)}
    found = []
    for a in alignments:
        terms = {t for c in a.conflicts if c.kind == ConflictKind.POLARITY
                 and not reported(a.parsed, c.span[0])
                 for t in vocab.analyzer.terms(c.claim)} - names
        if terms and a.coverage >= ABOUT:
            found.append((a.coverage, terms))
    return found


def reported(sentence: Parsed, at: int) -> bool:
    """A verb or noun of communication before the denial ("features claims that carbon dioxide
    is not a driving force", "officials said it had not"): the denial is someone's word, which
    the source reports and need not hold; a claim's missing word is no fact it denies."""
    return any(t.word.isalpha() and communicates(t.word.lower())
               for t in sentence.tokens if t.end <= at)


def unsaid_denied(alignments, claim: Parsed, vocab: Vocabulary) -> list:
    """The alignments, with each support that leaves a denied word of the claim unsaid
    (`denials`, by a sentence stating NEAR of what the support states; not by the sentence,
    nor a synonym, nor a form it states) made related."""
    found = denials(alignments, claim, vocab)
    if not found:
        return alignments
    return [replace(a, stance=Stance.RELATED)
            if a.stance == Stance.SUPPORTS and any(
                coverage >= NEAR * a.coverage and not terms <= a.said
                for coverage, terms in found)
            else a for a in alignments]


def denied_object(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Token, Token] | None:
    """The claim's positive predicate that the sentence does not state ("was guaranteed"),
    and the sentence's negated verb, not a word of the claim nor negative itself ("would not
    allow"), whose object (up to OBJECT content words after it in its clause) has a word of the
    claim ("full freedom"): the sentence denies what the claim affirms of the same thing. None
    for a claim with a negation of its own ("did not lift" / "would not allow" agree), and for
    a denied negative verb ("did not block": allowed)."""
    if claim.has_negation or claim.prefixed:
        return None
    ours = [t for t, value in polar_words(claim, sentence, vocab) if value > 0]
    if not ours:
        return None
    groups = groups_of(claim, vocab)
    in_claim = lambda token: any(vocab.matches(t, claim.terms, groups) for t in token.terms)
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.terms or not negated(sentence, token) or in_claim(token) \
                or polarity(token.word.lower()) < 0:
            continue
        after = []
        for t in tokens[i + 1:]:
            if t.brk or len(after) == OBJECT or not (t.terms or t.word.lower() in OBJECT_OPENERS):
                break
            if t.terms:
                after.append(t)
        if any(map(in_claim, after)):
            return ours[0], token
    return None
