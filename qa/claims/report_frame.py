"""A verb of saying that opens a "that" clause ("the review observed that", "the envoy warned
that") frames what is reported: the event is in the clause, and the frame verb's own rating
(VADER rates "noted" good, "warned" and "stressed" bad) says nothing of which way that event
goes. Read as a predicate of polarity, "The review noted that the guild halted its ferries"
met "the guild suspended its ferries" (rated bad) as a reversal in the frame verb's place,
and a true claim was called contradicted (round 74, branch sc81).

`frames_report`: the i-th word is a verb of communication (WordNet's verb.communication)
right before "that" in its clause; `polarity.signed_predicates` passes it by, as it passes
a verb of denying that reports speech (`voiced_denial.denial_reported`).
"""
from __future__ import annotations

from ..search.wordnet import communicates
from .facts import Token


def frames_report(tokens: list[Token], i: int) -> bool:
    """The i-th word is a verb of saying whose complement is a "that" clause."""
    k = i + 1
    return k < len(tokens) and tokens[k].lower == "that" and not tokens[k].brk \
        and communicates(tokens[i].lower)
