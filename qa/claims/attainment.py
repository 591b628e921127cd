"""A state or deed denied by denying that it was reached: "had not yet reached full deployment".

A negation denies the first content word after it, the verb ("had not reached"); what the
sentence then denies is its object, the nominalised event "full deployment": the mission was
not fully deployed. A claim that affirms that event ("the mission was fully deployed") is
stated by the sentence's words but denied by it, and no polarity conflict is seen, as the
claim never says "reach" (and its "deployed" may well be affirmed elsewhere in the sentence:
"with only 8,000 troops deployed"). Verbs of attaining take such an object; denying them
denies it. Such a sentence supports no affirmative claim whose word is that object's head.
"""
from __future__ import annotations

from ..search.wordnet import derived_forms, verb_base
from .facts import SCOPE_BREAKERS, Parsed, negation_cues
from .vocabulary import Vocabulary

# verbs whose denial denies their object, an event or state reached ("not achieved its
# goals", "never completed the withdrawal", "failed to attain full strength")
ATTAINING = ("reach", "achieve", "attain", "complete", "accomplish", "finish")
OBJECT_REACH = 4  # words from the verb to its object's head: "reached a full deployment"


def attainment_denied(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim affirms; the sentence denies a verb of attaining whose object's head is a
    word of the claim ("had not yet reached full deployment" / "was fully deployed")."""
    if claim.has_negation or not sentence.has_negation:
        return False
    attaining = {t for verb in ATTAINING for t in vocab.analyzer.terms(verb)}
    if attaining.isdisjoint(sentence.terms):
        return False  # most sentences with a negation: no verb of attaining
    tokens = sentence.tokens
    for cue in negation_cues(sentence):
        verb = denied_verb(sentence, cue)
        if verb is None or attaining.isdisjoint(tokens[verb].terms):
            continue
        head = object_head(sentence, verb)
        if head is not None and not claim_terms(claim, vocab).isdisjoint(
                head_terms(tokens[head], vocab)):
            return True
    return False


def head_terms(head, vocab: Vocabulary) -> set[str]:
    """The head's terms and those of the verb WordNet derives it from ("agreement" -> agree)."""
    return set(head.terms) | {term for form in derived_forms(head.word)
                              for term in vocab.analyzer.terms(form)}


def claim_terms(claim: Parsed, vocab: Vocabulary) -> set[str]:
    """The claim's terms with the base of each irregular verb form ("withdrew" -> withdraw,
    whose stem the noun "withdrawal" shares)."""
    bases = (verb_base(t.word.lower()) for t in claim.tokens if t.terms)
    return claim.terms | {term for base in bases if base for term in vocab.analyzer.terms(base)}


def denied_verb(sentence: Parsed, cue: int) -> int | None:
    """The index of the first content word after the negation at `cue`, over words that only
    extend the cue ("not yet reached", "never fully completed" stop at the verb), in the
    cue's clause."""
    for k in range(cue + 1, min(len(sentence.tokens), cue + 4)):
        token = sentence.tokens[k]
        if token.brk:
            return None
        if token.terms and token.word.lower() not in SCOPE_BREAKERS \
                and not token.word.lower().endswith("ly"):
            return k
    return None


def object_head(sentence: Parsed, verb: int) -> int | None:
    """The last word of the noun phrase right after the verb ("reached [a] full deployment"):
    content words up to a break or a function word after them."""
    head = None
    for k in range(verb + 1, min(len(sentence.tokens), verb + 1 + OBJECT_REACH)):
        token = sentence.tokens[k]
        if token.brk or not token.word.isalpha():
            break
        if token.terms:
            head = k
        elif head is not None:
            break  # "reached an agreement with ...": the phrase ends at "with"
    return head
