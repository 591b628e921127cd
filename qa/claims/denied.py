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
from .compare import cue_word, negated
from .facts import Parsed, Token, groups_of, word_terms
from .main_verb import BE, HAVE
from .polarity import OBJECT, OBJECT_OPENERS, polar_words, polarity
from .vocabulary import Vocabulary

# share of the claim a denying sentence must state to speak of the claim's thing: at least
# the share below which a passage is not even shown as related evidence (`shares.RELATED`),
# and this share of what the support states: "many TCCs had not provided training" (0.35 of
# a claim on what countries "had provided" to the force, against a support stating 0.8) is
# about another thing; "it did not have a counterterrorism mandate" (0.51, against 0.57) is not
ABOUT = 0.3
NEAR = 0.75
# the cues of a plain denial of a verb; not "without" or "no", which deny a thing, not a deed
PLAIN_DENIALS = frozenset({"not", "never", "cannot"})


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
    denier = denying_verb(claim, sentence, vocab)
    return (ours[0], denier) if denier else None


def denied_unrated(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Token | None:
    """The sentence's verb denied by "not" or "never" whose object opens with a noun phrase of
    the claim, two words or more in the same order ("would not allow full access to the
    archive"), where the claim grants that phrase with no verb of its own ("the auditors will
    have full access"), in an affirmative claim with no word of negative polarity: what the
    claim says is had, the sentence says is withheld. A claim verb before the phrase may be
    the denial reworded ("were left out", "lacked"), as may a word of negative polarity
    ("restricted access"); `denied_object` reads a positive predicate so denied ("was
    guaranteed") as reversed, which may contradict. A neutral claim is no reversal: this only
    takes the support away."""
    if claim.has_negation or claim.prefixed \
            or any(t.terms and polarity(t.word.lower()) < 0 for t in claim.tokens):
        return None
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.terms or not negated(sentence, token) \
                or cue_word(sentence, sentence.negated.get(token.terms[0])) not in PLAIN_DENIALS:
            continue
        if granted_plainly(claim, object_words(tokens, i)):
            return token
    return None


def object_words(tokens: list[Token], i: int) -> list[Token]:
    """The content words of the object of the verb at `i`: up to OBJECT of them, after the
    words that may open it, in its clause."""
    after = []
    for t in tokens[i + 1:]:
        if t.brk or len(after) == OBJECT or not (t.terms or t.word.lower() in OBJECT_OPENERS):
            break
        if t.terms:
            after.append(t)
    return after


def granted_plainly(claim: Parsed, phrase: list[Token]) -> bool:
    """The claim states the phrase's first two words (the same terms) one after the other,
    after a form of "have" or "be" ("will have", "was"), skipping the words that open a noun
    phrase: the claim has the thing, without a verb of its own that might deny it."""
    if len(phrase) < 2:
        return False
    tokens = claim.tokens
    for n in range(len(tokens) - 1):
        if tokens[n].terms != phrase[0].terms or tokens[n + 1].terms != phrase[1].terms:
            continue
        before = n - 1
        while before >= 0 and tokens[before].word.lower() in OBJECT_OPENERS:
            before -= 1
        if before >= 0 and tokens[before].word.lower() in BE | HAVE:
            return True
    return False


def denying_verb(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> Token | None:
    """The sentence's negated verb, not a word of the claim nor negative itself, whose object
    (`object_words`) has a word of the claim."""
    groups = groups_of(claim, vocab)
    in_claim = lambda token: any(vocab.matches(t, claim.terms, groups) for t in token.terms)
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if not token.terms or not negated(sentence, token) or in_claim(token) \
                or polarity(token.word.lower()) < 0:
            continue
        if any(map(in_claim, object_words(tokens, i))):
            return token
    return None
