"""A figure a sentence restricts with "only" is a ceiling: "the ferry carried only 40
passengers" says 40 and no more, so a claim that the ferry carried "more than 40 passengers"
is told the other way round.

`compare.agree` lets a bare figure state a claim's "more than" of the same value ("more
than 300 died" / "300 died": reports round their tolls down), which is right for a plain
figure but wrong for one the sentence caps: "only 40" denies that there were more. A claim
figure of a strict lower bound ("more than", "over", "above"; not "at least", which "only 40"
meets) of the same value and the same kind as a sentence figure right after a restricting
word ("only", "merely", "just", "a mere") is therefore in conflict with it, in the same role
(what the two count, `compare.same_role`). Any other value is left to `agree`: "at least 50"
/ "only 40" was a conflict already, "fewer than 50" / "only 40" a statement.
"""
from __future__ import annotations

import re

from .facts import Mention, Parsed

# the words that restrict the figure right after them to its value ("only 40", "a mere 40")
RESTRICTING_RE = re.compile(r"\b(?:only|merely|just|a\s+mere)\s+$", re.IGNORECASE)
# lower bounds that the capped value itself meets: "at least 40" is "only 40"'s value
INCLUSIVE = ("at least", "no fewer than", "not fewer than", "no less than", "not less than",
             "at the very least")
NUMERIC = ("count", "percent", "amount")


def capped(sentence: Parsed, figure: Mention) -> bool:
    """The sentence restricts the figure to its value: a restricting word right before it,
    the figure unhedged ("only about 40" is a hedge of its own)."""
    return not figure.bound \
        and RESTRICTING_RE.search(sentence.text[max(0, figure.start - 12):figure.start]) \
        is not None


def strictly_above(mention: Mention) -> bool:
    """The claim's figure is a strict lower bound: "more than 40", "over 40", "above 40"."""
    return mention.bound == "lower" and mention.family in NUMERIC \
        and not mention.text.lower().startswith(INCLUSIVE)


def ceilings_passed(mention: Mention, sentence: Parsed) -> list[Mention]:
    """The sentence's capped figures of the claim figure's kind and value, which the claim's
    strict lower bound passes: "more than 40 passengers" / "only 40 passengers"."""
    if not strictly_above(mention):
        return []
    return [s for s in sentence.mentions
            if s.family == mention.family and s.kind == mention.kind
            and s.value == mention.value and s.unit == mention.unit and capped(sentence, s)]
