"""Two names whose qualifiers the sentence gives the other way round: "the whole of Mopti
region but only the western part of Ségou region" / "the western part of Mopti region and the
whole of Ségou region".

Every word is there, and so is every name; what differs is which name each qualifier is
said of. The qualifier of a name is the content words right before it, in its phrase: back to
the clause's start, the name or figure before it, or a function word that opens another phrase
("on", "in"; not "of" or an article), at most REACH; the two texts' pairings are compared as
two sides set against each other (`clauses.sides_traded`).
"""
from __future__ import annotations

from ..text.analyze import load_stopwords
from .clauses import sides_traded
from .facts import Mention, Parsed, Token
from .vocabulary import Vocabulary

REACH = 3  # content words before a name that qualify it: "the western part of"
# the function words inside a qualifying phrase; any other ends it ("on MINUSMA's")
GLUE = frozenset("of the a an its their his her".split())


def qualifiers(text: Parsed, name: Mention) -> tuple[set[str], Token | None]:
    """The terms of the content words right before the name in its phrase, and the nearest of
    those words to the name."""
    names = [(m.start, m.end) for m in text.mentions if m.family == "name"]
    words: list[Token] = []
    tokens = text.tokens
    at = next((k for k, t in enumerate(tokens) if t.start >= name.start), len(tokens))
    stop = load_stopwords()
    for k in range(at - 1, -1, -1):
        word = tokens[k].word.lower()
        if any(s <= tokens[k].start < e for s, e in names) or not word.isalpha() \
                or word in stop and word not in GLUE:
            break  # another name, a figure, or a word that opens another phrase ("on")
        if tokens[k].terms and word not in stop:
            words.insert(0, tokens[k])
            if len(words) == REACH:
                break
        if tokens[k].brk:
            break
    return {t for w in words for t in w.terms}, (words[-1] if words else None)


def crossed_names(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> tuple[Token, Token] | None:
    """(the claim's qualifying word of a name, the sentence's of the other name) where
    two names of the claim, each named once in the sentence too, are qualified crossed;
    None otherwise."""
    mine = [m for m in claim.mentions if m.family == "name" and m.kind != "country"]
    if len(mine) < 2:
        return None
    theirs = {}
    for m in mine:
        same = [s for s in sentence.mentions if s.family == "name" and s.value == m.value]
        if len(same) == 1:
            theirs[m] = same[0]
    named = [m for m in mine if m in theirs]
    for i, a in enumerate(named):
        for b in named[i + 1:]:
            (qa, wa), (qb, _) = qualifiers(claim, a), qualifiers(claim, b)
            (sa, _), (sb, wb) = qualifiers(sentence, theirs[a]), qualifiers(sentence, theirs[b])
            if wa is not None and wb is not None and sides_traded((qa, qb), (sa, sb), vocab):
                return wa, wb
    return None
