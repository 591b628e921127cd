"""A readiness the sentence denies ("most contributors are not willing to expose their
troops") told as one the claim affirms in other words ("most contributors were happy to
expose their troops").

A negation reaches the word right after it ("not willing"); the infinitive that word
governs ("to expose their troops ...") is outside its scope, so the sentence states the
deed's words as plainly as the claim does and, the claim's own word for the disposition
("happy", "eager", "ready", "keen", "prepared", "agreed") being no word of the sentence,
nothing reads as reversed: support by every word but one. The sentence says of that deed
only that the disposition towards it is denied; a claim that affirms a disposition towards
the same deed is not supported by it (not contradicted either: "happy" and "willing" are
not the one word).

Read: the sentence's negated word with "to" and a verb right after it; the claim's word
right before "to" and the same verb, unstated by the sentence, with no negation in the claim
and neither word of the negative side ("not reluctant to", "were loath to": the same
denial in other words).
"""
from __future__ import annotations

from ..search.wordnet import base_verb
from .actors import said
from .compare import negated
from .facts import Parsed, Token, remembered
from .polarity import polarity
from .vocabulary import Vocabulary


def denied_disposition(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       stated: frozenset[str]) -> tuple[Token, Token] | None:
    """(the claim's word before "to VERB", the sentence's denied word before "to VERB") for
    the same verb, the claim's word not stated by the sentence (`actors.said`, `stated`: its
    other forms); None otherwise."""
    if claim.has_negation or not sentence.negated:
        return None
    ours = remembered(claim, ("dispositions",), dispositions, claim)
    if not ours:
        return None
    for word, verb in dispositions(sentence):
        if not negated(sentence, word) or polarity(word.word.lower()) < 0:
            continue
        for mine, own_verb in ours:
            if set(own_verb.terms) & set(verb.terms) and not said(mine, sentence, vocab, stated) \
                    and polarity(mine.word.lower()) >= 0:
                return mine, word
    return None


def dispositions(text: Parsed) -> list[tuple[Token, Token]]:
    """(the word, the verb) of each "WORD to VERB" of the text: a content word in lower case
    right before "to", and a verb's base form right after it."""
    tokens, found = text.tokens, []
    for k in range(1, len(tokens) - 1):
        if tokens[k].word.lower() != "to" or tokens[k].brk or tokens[k + 1].brk:
            continue
        word, verb = tokens[k - 1], tokens[k + 1]
        if word.terms and word.word.isalpha() and word.word.islower() \
                and verb.terms and verb.word.isalpha() and verb.word.islower() \
                and base_verb(verb.word.lower()):
            found.append((word, verb))
    return found
