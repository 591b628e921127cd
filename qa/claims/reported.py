"""A participle of saying stated by another: "..., insisting it had been an operation against
terrorists" / "..., claiming it had been an operation against terrorists".

A clause a claim adds with a present participle after a comma is a fact of its own
(`clause_shares.every_participle`). Where that participle is a verb of communication ("insisting",
"describing", "characterising"), the fact is what was said, and the verb only frames it:
a sentence that frames the same content with a participle of communication of its own, also
opening a clause, reports the same statement, as `attribution.reported_alike` lets
"announced" report what "said" reports. Not a participle that is negated or rated negative
("denying", "disputing"), on either side: it reports the opposite of a statement.
"""
from __future__ import annotations

from ..search.wordnet import communicates
from ..text.lexicon import valences
from .facts import Parsed, Token, remembered


def reported_participles(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The terms of the claim's participles of saying that open a clause, where the sentence
    has one of its own opening a clause."""
    mine = [t for t in sayings(claim)
            if not set(t.terms) & sentence.terms]
    if not mine or not any(opens_saying(sentence, k) for k in range(len(sentence.tokens))):
        return frozenset()
    return frozenset(term for t in mine for term in t.terms)


def sayings(claim: Parsed) -> tuple[Token, ...]:
    """The claim's participles of saying that open a clause (`opens_saying`), remembered on
    its parse: a claim meets many sentences."""
    return remembered(claim, ("sayings",), lambda: tuple(
        t for k, t in enumerate(claim.tokens) if opens_saying(claim, k)))


def opens_saying(text: Parsed, k: int) -> bool:
    """Token k is a participle of communication, not negated nor rated negative, right after
    a clause break ("..., insisting")."""
    token = text.tokens[k]
    return k > 0 and token.brk and saying(token) and not set(token.terms) & set(text.negated) \
        and valences().get(token.word.lower(), 0.0) >= 0


def saying(token: Token) -> bool:
    word = token.word
    if not (word.isalpha() and word.islower() and word.endswith("ing") and token.terms):
        return False
    # WordNet spells "-ize": "characterising" is its "characterizing"
    return communicates(word) or word.endswith("ising") and communicates(word[:-5] + "izing")
