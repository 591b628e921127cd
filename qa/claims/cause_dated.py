"""A date of the claim's cause against a date of the sentence's occasion: "the alarm was
installed because of the 2019 flood" is not contradicted by "the alarm helped during a flood
in May 2023".

A date conflict needs the two dates in the same role. The claim's date stands inside a phrase
of cause ("because of", "due to", "owing to", "as a result of"): it dates what brought the
claim's event about. A sentence whose date stands inside a phrase of occasion ("during",
"throughout", "amid") dates another happening of the same kind, when the claim's event was
already there to act; it says nothing of the cause's date. The figures of one event were
read as rivals across the two roles, and an unsupported claim on why a warning system was
set up was called contradicted by a later storm it had served in.

Only a cause against an occasion is read: a sentence's "after" / "following" phrase may be
the writer's cause ("suspended after the 2020 coup" against "because of the 2019 coup") and
is left to conflict.
"""
from __future__ import annotations

from ..types import ConflictKind
from .auxiliaries import AUXILIARY_WORDS
from .facts import Parsed, token_covering
from .past_forms import past_shaped

# openers of a phrase of cause, read backwards from their last word
CAUSES = (("because", "of"), ("due", "to"), ("owing", "to"), ("as", "a", "result", "of"))
OCCASIONS = frozenset("during throughout amid amidst".split())
# words that end the reading back: a verb or a clause's joint lies between the date and any
# opener before it ("sounded during the storm and was repaired in 2023")
JOINTS = frozenset("and or but that which who whose when while where".split())
REACH = 8


def opener(text: Parsed, start: int) -> str | None:
    """"cause", "occasion" or None: the kind of phrase the word starting at `start` stands in,
    read back through its noun phrase and its "in / of" phrases, never past a clause break, a
    joint, an auxiliary or a past form."""
    k = token_covering(text, start)
    if k is None:
        return None
    words = [t.lower for t in text.tokens]
    for n in range(k, max(-1, k - REACH), -1):
        if n < k and words[n] in OCCASIONS:
            return "occasion"
        if n < k and any(tuple(words[n - len(c) + 1:n + 1]) == c for c in CAUSES):
            return "cause"
        if text.tokens[n].brk or n < k and (
                words[n] in JOINTS or verb_like(text.tokens[n].word)):
            return None
    return None


def cause_against_occasion(claim: Parsed, sentence: Parsed, conflicts) -> bool:
    """Every conflict is a date the claim gives inside a phrase of cause and the sentence
    inside a phrase of occasion."""
    if not conflicts:
        return False
    for c in conflicts:
        if c.kind != ConflictKind.DATE:
            return False
        at = claim.text.find(c.claim)
        if at < 0 or opener(claim, at) != "cause" or opener(sentence, c.span[0]) != "occasion":
            return False
    return True


def verb_like(word: str) -> bool:
    """An auxiliary or a past form, written in lower case (a month, "May", is no modal)."""
    return word.islower() and (word in AUXILIARY_WORDS or past_shaped(word))
