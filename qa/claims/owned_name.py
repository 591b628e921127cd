"""A name the sentence gives as the claim's actor's own: "The Intergovernmental Panel on
Climate Change (IPCC) Fifth Assessment Report concluded" / "The IPCC concluded", "NASA's
Goddard Institute found" / "NASA found".

The parse reads "Fifth Assessment Report" as a name of its own, and the sentence seems to give
the claim's deed to another actor. But the claim's actor stands right before it, joined to it
(nothing between them but its possessive "'s", or it is the acronym in brackets closing the
long form before it): it qualifies the name, which is a part or a work of that actor, and what
it concluded, that actor concluded. The sentence then names no rival.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed
from .vocabulary import Vocabulary

# what may close the owner's name before the owned one: its possessive or the bracket of
# its acronym ("(IPCC) Fifth Assessment Report")
JOIN_RE = re.compile(r"(?:['\u2019]s?|\))?\s+$")
LAST_WORD_RE = re.compile(r"[\w.&-]+$")


def owned_by(mine: Mention, theirs: Mention, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence writes the claim's actor (`mine`) right before the rival name (`theirs`),
    joined to it: the rival is the actor's own."""
    before = sentence.text[:theirs.start]
    join = JOIN_RE.search(before)
    if join is None:
        return False
    word = LAST_WORD_RE.search(before[:join.start()].rstrip())
    if word is None:
        return False
    terms = set(vocab.analyzer.terms(word.group()))
    return bool(terms) and terms <= set(vocab.analyzer.terms(mine.text))
