"""Words after a claim's verb that are no object its deed is done to (`predicate.unstated_event`).

`unstated_event` refuses a support when the sentence states no word of the claim verb's direct
object: the claim's deed is then another. Some words stand right after a verb without being
such an object, and asking the sentence for them alone refuses supports it gives in other words:

- adverbs WordNet knows, with nothing after them ("got together", "moved back"): the verb's
  particle, the verb's own meaning;
- the modifiers of a figure right after them ("sent a mere 12 percent of its ferries"): the
  figure is what the verb's object counts, and the figure is a fact the claim checks on its own
  ("only", "mere", "some" say how the writer sees the number, not what was done).

A linking verb's complement is no such word: "stays a loyal partner of the guild" is a state
the sentence must give. Reading it with its "of" phrase ("became the target of a complaint" by
"complained") supported a contradicted claim whose "of" phrase alone was stated (round 61).
"""
from __future__ import annotations

from ..search.wordnet import adverbs
from .facts import NUMBER_FAMILIES, Parsed, Token

FIGURED = frozenset(("number", "percent", "amount"))  # the conflict kinds of a figure


def not_acted_on(claim: Parsed, n: int, phrase: list[Token]) -> bool:
    """The words `phrase` after the claim's n-th word (a verb) are no direct object: an
    adverb, or the modifiers of a figure."""
    tokens = claim.tokens
    if all(t.lower in adverbs() for t in phrase):
        return True
    after = tokens.index(phrase[-1]) + 1
    return after < len(tokens) and not tokens[after].brk and any(
        m.start == tokens[after].start and NUMBER_FAMILIES.get(m.family, "date") in FIGURED
        for m in claim.mentions)  # a count, a share, an amount: not a date or a time ("the
    # January 2020 tariff", "the 09:30 ferry" name the tariff, the ferry)
