"""Words after a claim's verb that are no object its deed is done to (`predicate.unstated_event`).

`unstated_event` refuses a support when the sentence states no word of the claim verb's direct
object: the claim's deed is then another. Three kinds of words stand right after a verb without
being such an object, and asking the sentence for them refuses supports it gives in other words:

- the complement of a linking verb ("became the subject of a demand", "remained a partner"): a
  state its subject is in, said by the sentence's own predicate ("demanded the removal of France"),
  no thing acted on;
- adverbs WordNet knows, with nothing after them ("got together", "moved back"): the verb's
  particle, the verb's own meaning;
- the modifiers of a figure right after them ("posted a mere 16 percent of its soldiers"): the
  figure is what the verb's object counts, and the figure is a fact the claim checks on its own
  ("only", "mere", "some" say how the writer sees the number, not what was done).
"""
from __future__ import annotations

from ..search.wordnet import adverbs
from .facts import Parsed, Token
from .predicated import COPULAS


def not_acted_on(claim: Parsed, n: int, phrase: list[Token]) -> bool:
    """The words `phrase` after the claim's n-th word (a verb) are no direct object: the verb
    links its subject to a state, or the words are an adverb, or they modify a figure."""
    tokens = claim.tokens
    if tokens[n].word.lower() in COPULAS:
        return True
    if all(t.word.lower() in adverbs() for t in phrase):
        return True
    after = tokens.index(phrase[-1]) + 1
    return after < len(tokens) and not tokens[after].brk and tokens[after].word[:1].isdigit()
