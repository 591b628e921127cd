"""A figure told in a relative clause about another party than the claim's.

"... owned jointly by the city council, which holds 51 percent, and a Danish shipping group,
which holds the rest" gives 51 percent to the council: the relative clause's antecedent, the
word right before ", which", owns the figure. A claim giving a figure to the shipping group
("A Danish shipping group owns 49 percent") is not contradicted by it, though the sentence
names the group and the verb of owning: the group's share is another fact (here "the rest").
"""
from __future__ import annotations

from ..types import FIGURE_KINDS
from .actors import said
from .facts import Parsed
from .joined import subject_tokens
from .vocabulary import Vocabulary

RELATIVES = frozenset("which who whose that".split())
REACH = 4  # words from the relative pronoun to the figure: "which holds 51 percent"


def owned_by_other(claim: Parsed, sentence: Parsed, conflicts, vocab: Vocabulary) -> bool:
    """Every conflict is a figure the sentence gives in a relative clause ("..., which holds
    51 percent") whose antecedent (the word before the comma) is no word of the claim's
    subject, while the sentence states every word of that subject elsewhere."""
    subject = [t for t in subject_tokens(claim) if t.word.isalpha()]
    if not conflicts or not subject or any(c.kind not in FIGURE_KINDS for c in conflicts) \
            or not all(said(t, sentence, vocab, frozenset()) for t in subject):
        return False
    mine = {term for t in subject for term in t.terms}
    return all(other_antecedent(sentence, c.span[0], mine) for c in conflicts)


def other_antecedent(sentence: Parsed, start: int, subject_terms: set[str]) -> bool:
    """The figure at `start` stands in a relative clause opened within REACH words before it,
    after a comma, whose antecedent shares no term with the claim's subject."""
    tokens = sentence.tokens
    at = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    for k in range(at - 1, max(0, at - 1 - REACH), -1):
        if tokens[k].word.lower() in RELATIVES and tokens[k].brk and k:
            return not set(tokens[k - 1].terms) & subject_terms
        if tokens[k].brk:
            return False
    return False
