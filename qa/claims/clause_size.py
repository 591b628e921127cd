"""Whether the words left after a reading takes a frame, a pointer or a hedge off a claim are
enough to stand as a clause of their own. Every reading that shortens a claim asks this one
question, so the threshold lives in one place."""
from __future__ import annotations

import re

MIN_CLAUSE_WORDS = 4  # fewer words than this is a fragment ("it did so"), not a claim
WORD_RE = re.compile(r"[^\W\d_]+|\d+")


def clause(text: str) -> bool:
    """What is left has words enough to be a clause of its own."""
    return len(WORD_RE.findall(text)) >= MIN_CLAUSE_WORDS
