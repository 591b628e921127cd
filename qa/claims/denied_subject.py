"""A subject the sentence denies by "no" where the claim affirms it doing the same deed:
"several harbour pilots are pressing for a closure" is not stated by "although no harbour
pilot or ferry captain is pressing for a closure, some want the option kept open".

`facts.negated_terms` lets a "no" deny the first two content words after it ("no harbour
pilot"): a subject written longer, coordinated ("no X or Y") or shortened in the claim
escapes the denial, and support, weighing words by rarity, reached SUPPORT with the deed's
words, which the sentence states inside the denied clause. Here the whole noun phrase from a
"no" that opens a clause (the sentence's start, a clause mark, or a word such as "although"
or "that" before it) to the clause's auxiliary ("is pressing") is the denied subject; a
claim with no negation whose subject (its words before its first auxiliary or its main verb)
shares a word with it, and whose predicate the sentence states more inside that clause than
anywhere else in the sentence, is not supported by it. A claim about another subject ("some
want the option kept open", the clause that follows) keeps its support. A clause with no
auxiliary ("no pilot pressed for ...") is left alone.

It keeps support away only: the claim's subject may be a part of the denied one said of
another time, and the deed's words may be paraphrased.
"""
from __future__ import annotations

from .auxiliaries import AUXILIARY_WORDS
from .clause_ends import clause_end
from .facts import Parsed, Token, groups_of
from .main_verb import main_verb
from .negation_scope import CLAUSE_OPENERS, SUBJECT_REACH
from .vocabulary import Vocabulary


def subject_denied(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence opens a clause with "no" and a subject the claim, affirming, shares a
    word with, and states the claim's predicate mostly inside that clause."""
    if claim.has_negation or not any(t.lower == "no" for t in sentence.tokens):
        return False
    at = subject_end(claim)
    if at is None:
        return False
    subject = terms_of(claim.tokens[:at])
    predicate = [t for t in claim.tokens[at:] if t.terms]
    if not subject or not predicate:
        return False
    groups = groups_of(sentence, vocab)
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.lower != "no" or not opens_clause(tokens, i):
            continue
        end = clause_end(tokens, i)
        head = next((k for k in range(i + 1, min(end, i + 1 + SUBJECT_REACH))
                     if tokens[k].lower in AUXILIARY_WORDS), None)
        if head is None:
            continue
        denied = terms_of(tokens[i + 1:head])
        if not any(vocab.matches(term, denied, vocab.expand(denied)) for term in subject):
            continue
        inside = terms_of(tokens[head:end])
        outside = terms_of(tokens[:i] + tokens[end:])
        said_inside = sum(any(vocab.matches(term, inside, vocab.expand(inside))
                              for term in t.terms) for t in predicate)
        said_outside = sum(any(vocab.matches(term, outside, groups) for term in t.terms)
                           and not any(vocab.matches(term, inside, vocab.expand(inside))
                                       for term in t.terms) for t in predicate)
        if said_inside and said_inside >= said_outside:
            return True
    return False


def subject_end(claim: Parsed) -> int | None:
    """Where the claim's subject ends: at its first auxiliary ("are pressing", "has
    asked"), else at its main verb (`main_verb`); None when neither is found."""
    verb = main_verb(claim)
    last = claim.tokens.index(verb) if verb is not None else len(claim.tokens)
    return next((k for k in range(1, last) if claim.tokens[k].lower in AUXILIARY_WORDS),
                last if verb is not None else None)


def opens_clause(tokens: list[Token], i: int) -> bool:
    """The word at i opens its clause: the text's first, after a clause mark, or after a word
    that opens a clause ("although no member ...", "found that no member ...")."""
    return not i or tokens[i].brk or tokens[i - 1].lower in CLAUSE_OPENERS


def terms_of(tokens) -> set[str]:
    return {term for token in tokens for term in token.terms}
