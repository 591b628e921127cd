"""A word that ends a person's hyphenated title: "general" in "secretary-general".

A title joins a person noun and a word by a hyphen ("secretary-general", "director-general",
"attorney-general"); the word after the hyphen is part of the title's name, not a quality the
claim gives anything. Read on its own, "general" is the antonym of "special", and a sentence on
"a special political mission" reversed a claim about what the secretary-general recommended.
"""
from __future__ import annotations

from ..search.wordnet import actor_noun
from .facts import Parsed, Token


def title_part(text: Parsed, token: Token) -> bool:
    """The token follows a hyphen right after a noun whose first sense is a person and that is
    no adjective (`wordnet.actor_noun` False: "secretary", not "African" in "African-led")."""
    if token.start < 2 or text.text[token.start - 1] != "-":
        return False
    before = [t for t in text.tokens if t.end == token.start - 1]
    return bool(before) and before[-1].word.isalpha() and actor_noun(before[-1].word) is False
