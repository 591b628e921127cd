"""Another thing where the claim puts its own, after the same word and preposition: "moved
its personnel by rail" is not stated by "transported its personnel by road", however much
else the sentence states. `qa.claims.slots` asks the same of names; a common noun after the
same word and preposition ("personnel by", "funded through", "based in") fills the same
place, and when neither text states the other's noun, the sentence says another thing than
the claim in that place. Only two nouns of one kind (`one_kind`) set two means against each
other: "by rail" and "by road", "by car" and "by bus"; a vehicle ("by car or truck",
`wordnet.conveyance`) and the way it goes along ("by road") may tell the same trip two ways,
and the sentence then neither states nor contradicts the claim's vehicle.
"""
from __future__ import annotations

from ..search.wordnet import conveyance
from ..text.analyze import load_stopwords
from .actors import said, stated_by_claim
from .facts import Parsed, Token, groups_of
from .vocabulary import Vocabulary

PREPOSITIONS = frozenset("by via through".split())  # the means: "by rail", "via Dakar"
OPENERS = frozenset("the a an its their his her our".split())


def filled(text: Parsed) -> list[tuple[Token, str, Token]]:
    """(the word before, the preposition, the noun after) for each one-word common noun
    after a preposition of means (an article or a possessive between), ending its phrase (a
    break, a function word or the end follows), in one clause."""
    tokens, found = text.tokens, []
    inside = [(m.start, m.end) for m in text.mentions]
    for j in range(1, len(tokens) - 1):
        preposition = tokens[j].word.lower()
        if preposition not in PREPOSITIONS or tokens[j].brk or not tokens[j - 1].terms:
            continue
        k = j + 1
        while k < len(tokens) and tokens[k].word.lower() in OPENERS and not tokens[k].brk:
            k += 1
        if k >= len(tokens) or tokens[k].brk:
            continue
        noun = tokens[k]
        if not (noun.word.isalpha() and noun.word.islower() and noun.terms) \
                or any(s <= noun.start < e for s, e in inside):
            continue
        ends = k + 1 == len(tokens) or tokens[k + 1].brk \
            or tokens[k + 1].word.lower() in load_stopwords()
        if ends:
            found.append((tokens[j - 1], preposition, noun))
    return found


def another_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's noun and the sentence's other noun after the same word (or a word the
    claim states) and preposition, neither stated by the other text; None if there is none."""
    theirs = filled(sentence)
    if not theirs:
        return None
    groups = groups_of(claim, vocab)
    for word, preposition, mine in filled(claim):
        if said(mine, sentence, vocab, stated):
            continue
        for other_word, other_preposition, other in theirs:
            if other_preposition == preposition \
                    and stated_by_claim(other_word, claim, vocab, groups) \
                    and set(word.terms) & set(other_word.terms) \
                    and not stated_by_claim(other, claim, vocab, groups):
                return mine, other
    return None


def one_kind(mine: Token, other: Token) -> bool:
    """Both nouns are vehicles, or neither is ("rail" / "road"): two means of one kind."""
    return conveyance(mine.word) == conveyance(other.word)
