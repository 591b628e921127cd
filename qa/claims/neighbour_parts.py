"""The sentences of a text that may join two neighbours (`check` aligns a sentence with the one
after it when together they state more of the claim).

A reading that asks whether a word stands elsewhere in "the sentence" must ask it of the one
sentence it reads: joined, the neighbour's words count as the sentence's own, and a word the
first sentence sets aside ("rather than ... protect the quays") is found again, kept, in the
next ("The quay wardens ..."); a hedge in one is weighed against a "will" in the other.
"""
from __future__ import annotations

import re

from .facts import Parsed, Token

# a sentence's end: its stop, closing quotes or brackets, space, and a capital (perhaps after
# an opening quote or bracket)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])")


def sentences(text: Parsed) -> list[list[Token]]:
    """The tokens of each sentence of the text, in order (one list for a single sentence)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text.text)]
    parts: list[list[Token]] = [[] for _ in range(len(ends) + 1)]
    for token in text.tokens:
        parts[sum(1 for end in ends if end <= token.start)].append(token)
    return [part for part in parts if part]
