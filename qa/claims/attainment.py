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
from .adverb_words import adjective_forms, manner_adverb
from .facts import SCOPE_BREAKERS, Parsed, Token, negation_cues
from .object_phrase import phrase_after
from .vocabulary import Vocabulary

# verbs whose denial denies their object, an event or state reached ("not achieved its
# goals", "never completed the withdrawal", "failed to attain full strength")
ATTAINING = ("reach", "achieve", "attain", "complete", "accomplish", "finish")
OBJECT_REACH = 4  # words from the verb to its object's head: "reached a full deployment"


def attainment_denied(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim affirms the state the sentence denies reaching: it states every word of the
    denied verb's object ("was fully deployed" for "had not yet reached full deployment"),
    and none of them as the complement of a word of its own ("still short of full
    deployment", "close to full strength" tell the shortfall themselves; "had deployed
    8,000 troops" says nothing of the full state)."""
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
        words = object_words(sentence, verb)
        if words and all(claim_word(claim, token, vocab) is not None for token in words) \
                and not any(complement(claim, claim_word(claim, token, vocab))
                            for token in words):
            return True
    return False


def denied_verb(sentence: Parsed, cue: int) -> int | None:
    """The index of the first content word after the negation at `cue`, over words that only
    extend the cue ("not yet reached", "never fully completed" stop at the verb), in the
    cue's clause."""
    for k in range(cue + 1, min(len(sentence.tokens), cue + 4)):
        token = sentence.tokens[k]
        if token.brk:
            return None
        if token.terms and token.word.lower() not in SCOPE_BREAKERS \
                and not manner_adverb(token.word):
            return k
    return None


def object_words(sentence: Parsed, verb: int) -> list[Token]:
    """The content words of the noun phrase right after the verb ("reached [a] full
    deployment"): up to a break or a function word after them ("reached an agreement with
    ...": the phrase ends at "with")."""
    return phrase_after(sentence, verb, span=OBJECT_REACH, letters=True)


def claim_word(claim: Parsed, word: Token, vocab: Vocabulary) -> int | None:
    """The index of the claim's word that states `word`: its terms, the verb WordNet derives
    it from ("agreement" -> agree), compared with the claim's words, their irregular verb's
    base ("withdrew" -> withdraw) and an adverb's adjective ("fully" -> full)."""
    wanted = set(word.terms) | {term for form in derived_forms(word.word)
                                for term in vocab.analyzer.terms(form)}
    for n, token in enumerate(claim.tokens):
        if token.terms and not wanted.isdisjoint(forms_of(token, vocab)):
            return n
    return None


def forms_of(token: Token, vocab: Vocabulary) -> set[str]:
    lower = token.word.lower()
    forms = [verb_base(lower), *adjective_forms(lower)]
    return set(token.terms) | {t for form in forms if form for t in vocab.analyzer.terms(form)}


def complement(claim: Parsed, n: int) -> bool:
    """The claim's n-th word stands in a phrase a preposition of distance governs, right
    before it or before its one modifier ("short of full deployment")."""
    before = [t.word.lower() for t in claim.tokens[max(0, n - 2):n]]
    return bool(before) and (before[-1] in PREPOSITIONS
                             or len(before) == 2 and before[0] in PREPOSITIONS)


# prepositions that set a state at a distance ("short of", "close to", "far from", "below"),
# not those that place the subject in it ("in full operation")
PREPOSITIONS = frozenset("of to from towards toward near below under".split())
