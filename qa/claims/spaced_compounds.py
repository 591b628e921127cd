"""One word written closed or as two words apart: "heatwave" / "heat wave", "rainforests" /
"rain forests", "icehouse" / "ice house".

English writes many noun compounds both ways, and real-world texts mix them (one article's
"heat waves", another's "heatwaves"). The stemmer gives the closed word a stem of its own, so
a claim word written one way was unstated by a sentence written the other, one of the few
words a claim may leave unverified spent on a spelling (`qa.claims.hyphens` reads the
hyphenated form, "counter-terrorism", and left words apart alone). The letters are the same,
in the same order: a claim word is stated by two words of the sentence, next to each other
one space apart, that spell it, and two such words of the claim by one word of the sentence.
Each part has MIN_PART letters at least, so no function word or letter is glued on ("a
round" is no "around"), and the closed word MIN_LETTERS (`hyphens`). For support only, as
the other spellings are.
"""
from __future__ import annotations

from .facts import UNMADE, Parsed, Token, remembered
from .hyphens import closed_words

MIN_PART = 3  # letters of each of the two words: "ice house", "sea water"


def spaced_terms(claim: Parsed, sentence: Parsed) -> frozenset[str]:
    """The claim's terms of a word the sentence writes as two words apart, or of two words
    the sentence writes as one."""
    found = set()
    theirs_spaced = spaced_words(sentence)
    if theirs_spaced:
        for word, token in closed_words(claim).items():
            if word in theirs_spaced and not set(token.terms) <= sentence.terms:
                found.update(token.terms)
    mine_spaced = spaced_words(claim)
    if mine_spaced:
        theirs_closed = closed_words(sentence)
        for word, (a, b) in mine_spaced.items():
            if word in theirs_closed and not set(a.terms + b.terms) <= sentence.terms:
                found.update(a.terms + b.terms)
    return frozenset(found)


def spaced_words(text: Parsed) -> dict[str, tuple[Token, Token]]:
    """The words two neighbouring words of the text spell ("heat wave": heatwave), with their
    tokens, remembered on the parse (a sentence meets claim after claim)."""
    found = text.memo.get(("spaced words",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("spaced words",), find_spaced_words, text)
    return found


def find_spaced_words(text: Parsed) -> dict[str, tuple[Token, Token]]:
    spelled = {}
    for a, b in zip(text.tokens, text.tokens[1:]):
        if b.brk or b.start - a.end != 1 or text.text[a.end] != " " or not a.terms \
                or not b.terms or len(a.word) < MIN_PART or len(b.word) < MIN_PART \
                or not a.word.isalpha() or not b.word.isalpha():
            continue
        spelled[(a.word + b.word).lower()] = (a, b)
    return spelled
