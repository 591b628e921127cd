"""A verb's irregular past read as its base where a fact's role is told by the words beside it.

Headlines and bulletin lines tell past events in the present ("Sweden makes its withdrawal
official", "Board sells old terminal"); the reports they are checked against tell them in the
past ("Velden also made public its plan", "the board sold the terminal"). A fact's
role is the words just before and after it (`compare.same_role`): "Sweden makes" and "Velden
made" share no term, since a stemmer joins "makes" to "make" but not "made", so the other
actor was never read as the claim's rival and the line went unread. An irregular past is
written out to the base WordNet gives it ("made" -> make, "sold" -> sell, "took" -> take),
whose term the present and the base share; a regular past ("renewed") already shares its
stem with the present ("renews").
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, verb_base
from .facts import Token
from .vocabulary import Vocabulary


def base_terms(tokens: list[Token], vocab: Vocabulary) -> set[str]:
    """The terms of the base verb of each lower-case irregular past among the tokens."""
    found: set[str] = set()
    for token in tokens:
        word = token.word
        if not token.terms or not word.islower():
            continue
        base = verb_base(word)
        if base and base != word and can_be_verb(base):
            found.update(vocab.analyzer.terms(base))
    return found
