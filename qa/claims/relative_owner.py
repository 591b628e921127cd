"""A figure told in a relative clause about another party than the claim's.

"... owned jointly by the city council, which holds 51 percent, and a Danish shipping group,
which holds the rest" gives 51 percent to the council: the relative clause's antecedent, the
word right before ", which", owns the figure. A claim giving a figure to the shipping group
("A Danish shipping group owns 49 percent") is not contradicted by it, though the sentence
names the group and the verb of owning: the group's share is another fact (here "the rest").

A date in such a clause dates the clause's own verb: "its plans for a ferry, which in 2030
faltered for want of money" dates the faltering. A claim that dates a deed the clause does not
tell ("The guild approved the ferry in 2033") is not contradicted by it (`dated_by_other`);
one that dates the clause's verb or a synonym of it ("the plans faltered in 2031") is.
"""
from __future__ import annotations

from ..types import FIGURE_KINDS, ConflictKind
from .actors import said
from .dated import dated_verb
from .facts import Parsed, groups_of
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
    k = relative_before(sentence, start)
    return k is not None and not set(sentence.tokens[k - 1].terms) & subject_terms


def relative_before(sentence: Parsed, start: int) -> int | None:
    """The index of the relative pronoun opening, after a comma and within REACH words before
    `start`, the relative clause the word at `start` stands in; None if it stands in none."""
    tokens = sentence.tokens
    at = next((k for k, t in enumerate(tokens) if t.start >= start), len(tokens))
    for k in range(at - 1, max(0, at - 1 - REACH), -1):
        if tokens[k].word.lower() in RELATIVES and tokens[k].brk and k:
            return k
        if tokens[k].brk:
            return None
    return None


def dated_by_other(claim: Parsed, sentence: Parsed, conflicts, vocab: Vocabulary) -> bool:
    """Every conflict is a date the sentence gives in a relative clause (", which in 2030
    faltered"), dating the clause's own verb, which the claim does not state, not even by a
    synonym."""
    if not conflicts or any(c.kind != ConflictKind.DATE for c in conflicts):
        return False
    groups = groups_of(claim, vocab)
    for c in conflicts:
        k = relative_before(sentence, c.span[0])
        date = next((m for m in sentence.mentions if m.family in ("year", "month")
                     and m.start < c.span[1] and c.span[0] < m.end), None)
        verb = dated_verb(sentence, date) if k is not None and date is not None else None
        if verb is None or not verb.terms or verb.start < sentence.tokens[k].end \
                or any(vocab.matches(t, claim.terms, groups) for t in verb.terms):
            return False
    return True
