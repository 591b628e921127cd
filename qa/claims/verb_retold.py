"""A verb said of two deeds is no word gone astray.

`clauses.strayed` finds a claim's word said only in the clause of the sentence that holds the
claim's other clause ("troops in the outer bays, while the storm hit the inner port" / "while
troops were in port, the storm hit the outer bays"): a fact paired the other way round. A verb
is different when the claim's other clause has a verb of its own that the sentence never
states: the sentence then tells that clause's deed with the stray verb (one verb said of two
deeds: "the guards took the gate, while the crowd seized the square" / "the gate fell to the
guards, while the crowd seized the square"), and tells the stray verb's own clause another way
(a noun, a passive of another verb). Read as a crossing, a true claim with two deeds of one
kind was called contradicted.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .facts import DETERMINERS, Parsed
from .vocabulary import Vocabulary


def used_as_verb(text: Parsed, k: int) -> bool:
    """The k-th word can be a verb and no determiner stands before it ("the recall" is a
    noun); `opposition.used_as_verb`'s first two tests (that module imports this one's
    importer)."""
    return can_be_verb(text.tokens[k].word) \
        and not (k and text.tokens[k - 1].lower in DETERMINERS)


def verb_retold(claim: Parsed, sentence: Parsed, placed: list[tuple[int, int, int, int]],
                stray: tuple[int, int, int, int], numbers: list[int],
                vocab: Vocabulary) -> bool:
    """The stray word is a verb in both texts, and another clause of the claim at home in
    the clause it strays into has a verb with an object that the sentence does not state."""
    mine, theirs, n, k = stray
    if not used_as_verb(claim, n) or not used_as_verb(sentence, k):
        return False
    others = {c for c, s, _, _ in placed if c != mine and s == theirs}
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        if numbers[i] not in others or not token.terms or not token.word.islower() \
                or i + 1 >= len(tokens) or tokens[i + 1].brk \
                or not (tokens[i + 1].terms or tokens[i + 1].lower in DETERMINERS):
            continue
        if used_as_verb(claim, i) and not any(
                vocab.matches(t, set(s.terms), vocab.expand(set(s.terms)))
                for t in token.terms for s in sentence.tokens if s.terms):
            return True
    return False
