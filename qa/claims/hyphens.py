"""One word written closed or hyphenated ("counterterrorism" / "counter-terrorism",
"peacekeeping" / "peace-keeping", "ceasefire" / "cease-fire").

The tokenizer splits a hyphenated word in two, and the stemmer gives the closed word a stem of
its own ("counterterror" against "counter" and "terror"), so a claim written one way meets
sources written the other. The letters are the same, in the same order: a claim word is stated
by two words of the sentence joined by a hyphen that spell it, and two words of the claim
joined by a hyphen by one word of the sentence that spells them. Two words apart ("counter
terrorism", "peace keeping") are not one word written otherwise and are left alone. For support
only (`check.align`), as the other spellings are (`qa.claims.variants`).
"""
from __future__ import annotations

from .facts import UNMADE, Parsed, Token, remembered

HYPHENS = frozenset("-‐‑–")
MIN_LETTERS = 6  # of the whole word: "co-op", "e-mail" are other matters


def hyphen_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms of a word the sentence writes closed where the claim hyphenates it,
    or hyphenated where the claim writes it closed."""
    found = set()
    theirs_joined = joined_words(sentence)
    if theirs_joined:
        mine_closed = closed_words(claim)
        for word in mine_closed.keys() & theirs_joined.keys():
            found.update(mine_closed[word].terms)
    mine_joined = joined_words(claim)
    if mine_joined:
        theirs_closed = closed_words(sentence)
        for word, tokens in mine_joined.items():
            if word in theirs_closed:
                found.update(t for token in tokens for t in token.terms)
    return frozenset(found)


def closed_words(text: Parsed) -> dict[str, Token]:
    """The text's plain words (lower-case, MIN_LETTERS at least) with their tokens,
    remembered on the parse (a sentence meets claim after claim)."""
    found = text.memo.get(("closed words",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("closed words",), find_closed_words, text)
    return found


def find_closed_words(text: Parsed) -> dict[str, Token]:
    return {t.lower: t for t in text.tokens
            if t.word.isalpha() and t.terms and len(t.word) >= MIN_LETTERS}


def joined_words(text: Parsed) -> dict[str, tuple[Token, Token]]:
    """The words two of the text's words joined by one hyphen spell, with their tokens,
    remembered on the parse (most texts have none)."""
    return remembered(text, ("hyphenated words",), find_joined_words, text)


def find_joined_words(text: Parsed) -> dict[str, tuple[Token, Token]]:
    if not any(h in text.text for h in HYPHENS):
        return {}
    joined = {}
    for a, b in zip(text.tokens, text.tokens[1:]):
        if a.word.isalpha() and b.word.isalpha() and a.terms and b.terms \
                and b.start - a.end == 1 and text.text[a.end] in HYPHENS \
                and len(a.word) + len(b.word) >= MIN_LETTERS:
            joined[(a.word + b.word).lower()] = (a, b)
    return joined
