"""A restrictive relative clause closing the claim ("... cause a thaw that floods the valley",
"... a current which carries silt south") tells a consequence or a fact of its own, which a
sentence stating the rest of the claim does not state by the words it happens to share.

Support weighs the claim's words by rarity over the whole claim, so "Warm winds cause a thaw
that floods the valley" reached SUPPORT from "Warm winds cause a thaw" alone: the flood was
added, and the sentence never gives it. A relative clause set off by a comma is read as a
clause of its own (`clause_parts`); one without a comma is not. Here it is the words after
"that", "which" or "who" when a finite verb (an auxiliary, or a verb form in -s or -ed)
follows it at once, to the next break or the end: a "that" followed by its subject ("found
that floods destroyed the crops") opens a complement, which is the claim's main statement.
More than half its content words unstated (`actors.said`: a form, a thesaurus or a
first-sense synonym counts) is a clause the sentence does not give; half is left to rewording.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .actors import said
from .auxiliaries import AUXILIARY_WORDS
from .facts import Parsed, Token
from .past_forms import past_shaped
from .vocabulary import Vocabulary

RELATIVES = frozenset(("that", "which", "who"))
UNSTATED_SHARE = 0.5


def finite(word: str) -> bool:
    """An auxiliary, or a verb form in -s or a past form ("melts", "carried", "has")."""
    return word in AUXILIARY_WORDS or can_be_verb(word) and (
        word.endswith("s") and not word.endswith("ss") or past_shaped(word))


def unstated_relative(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                      stated: frozenset[str]) -> Token | None:
    """The pronoun of a restrictive relative clause closing the claim whose content words
    the sentence mostly does not state, or None."""
    tokens = claim.tokens
    for i in range(2, len(tokens) - 1):
        token = tokens[i]
        if token.lower not in RELATIVES or token.brk or not finite(tokens[i + 1].lower):
            continue
        if not tokens[i - 1].terms:
            continue  # "all that remains", "those who left": no noun before it
        clause = []
        for later in tokens[i + 1:]:
            if later.brk:
                break
            clause.append(later)
        if len(clause) < len(tokens) - i - 1:
            continue  # a clause inside the claim, the claim going on after it
        content = [t for t in clause if t.terms]
        if len(content) < 2:
            continue
        unsaid = [t for t in content if not said(t, sentence, vocab, stated)]
        if len(unsaid) > UNSTATED_SHARE * len(content):
            return token
    return None
