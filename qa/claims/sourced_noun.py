"""A deed's noun whose doer follows it as a passive's agent does: "with support from X".

`opposition.swapped_names` reads which side of the claim's verb each of two names stands on,
turned for a passive. "The mission led the review, supported by the capital" against "led by
the mission with support from the capital" has the capital after the deed in both, the
claim's as a passive's agent, the sentence's as the source of a noun opened by "with": the
same side of the deed, no swap. Read as an active verb, the sentence's noun made the pair look
swapped, and the true claim was contradicted.
"""
from __future__ import annotations

from .facts import Parsed

SKIPPED = frozenset("the a an".split())  # an article between "with" and its noun


def sourced(text: Parsed, k: int) -> bool:
    """The k-th word is a noun after "with" (an article between at most) and before "from",
    in one clause: its doer is the one after "from"."""
    tokens = text.tokens
    if k + 1 >= len(tokens) or tokens[k + 1].brk or tokens[k + 1].lower != "from":
        return False
    j = k - 1
    if j >= 0 and tokens[j].lower in SKIPPED and not tokens[j + 1].brk:
        j -= 1
    return j >= 0 and tokens[j].lower == "with" and not tokens[j + 1].brk
