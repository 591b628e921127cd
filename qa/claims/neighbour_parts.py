"""The sentences of a text that may join two neighbours (`check` aligns a sentence with the one
after it when together they state more of the claim).

A reading that asks whether a word stands elsewhere in "the sentence" must ask it of the one
sentence it reads: joined, the neighbour's words count as the sentence's own, and a word the
first sentence sets aside ("rather than ... protect the quays") is found again, kept, in the
next ("The quay wardens ..."); a hedge in one is weighed against a "will" in the other.
"""
from __future__ import annotations

from ..text.sentences import split_sentences
from .facts import Parsed, Token


def sentences(text: Parsed) -> list[list[Token]]:
    """The tokens of each sentence of the text, in order, as `split_sentences` (which split
    the passage into the sentences `check` joins) reads them; one list for a single sentence."""
    parts = [[t for t in text.tokens if start <= t.start < end]
             for start, end in split_sentences(text.text)]
    return [part for part in parts if part] or [list(text.tokens)]
