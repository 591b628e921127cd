"""Another occasion where the claim puts its own after "at": "killed nineteen people at a
funeral" is not stated by "killed nineteen guests at a wedding party", however much else
the sentence states.

The claim's noun after "at" ("at a funeral") is one unverified word, and coverage reads
support by the rest. When the sentence has its own noun after "at", which the claim does
not state, and the two are of one kind (WordNet's first-sense hypernyms, two steps up for
nouns, share a word: a funeral and a wedding are each a ceremony, an occasion), the
sentence says another occasion than the claim's: no support. Not a noun that is the other's
kind ("at a ceremony" / "at a funeral": the general word states the particular vaguely),
and not where the claim's noun is stated by the sentence anywhere.
"""
from __future__ import annotations

from ..search.wordnet import hypernyms
from .actors import said, stated_by_claim
from .facts import Parsed, Token, groups_of, remembered
from .vocabulary import Vocabulary

OPENERS = frozenset("the a an".split())


def another_occasion(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                     stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's noun after "at" and the sentence's other noun of one kind after "at",
    neither stated by the other text; None otherwise."""
    ours = occasions(claim)
    if not ours:
        return None
    theirs = occasions(sentence)
    if not theirs:
        return None
    groups = groups_of(claim, vocab)
    for mine in ours:
        kinds = hypernyms(mine.word.lower())
        if not kinds or said(mine, sentence, vocab, stated):
            continue
        for other in theirs:
            their_kinds = hypernyms(other.word.lower())
            if other.word.lower() in kinds or mine.word.lower() in their_kinds \
                    or stated_by_claim(other, claim, vocab, groups):
                continue
            if kinds & their_kinds:
                return mine, other
    return None


def occasions(text: Parsed) -> list[Token]:
    """The first word after each "at a", "at an", "at the": a common noun in lower case,
    outside names and figures. Remembered on the parse: the claim's is asked again for every
    sentence it is read against."""
    return remembered(text, ("occasions",), read_occasions, text)


def read_occasions(text: Parsed) -> list[Token]:
    tokens, found = text.tokens, []
    inside = [(m.start, m.end) for m in text.mentions]
    for j in range(len(tokens) - 2):
        if tokens[j].word.lower() != "at" or tokens[j + 1].word.lower() not in OPENERS \
                or tokens[j + 1].brk or tokens[j + 2].brk:
            continue
        noun = tokens[j + 2]
        if noun.word.isalpha() and noun.word.islower() and noun.terms \
                and not any(s <= noun.start < e for s, e in inside):
            found.append(noun)
    return found
