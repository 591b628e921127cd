"""The same thing said to be the same on one side and different on the other.

"All these missions had different aims" denies "all had the same aims", and "the two surveys
used the same method" denies "used different methods". WordNet opposes "same" to "different"
(`wordnet_antonyms.txt`), but "same" is a stopword: it has no term, so `compare.opposites`,
which reads terms, never sees it, and the sentence stating every other word of the claim
supports it. Here the word itself is read: "same" before a noun (an adjective of one at most
between: "the same advanced gear") against one of its WordNet antonyms that has a term
("different", "distinct", "diverse", ...; not "other" or "another", stopwords that pick
another thing rather than call two things unlike) before the same noun, neither denied.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import antonyms
from ..types import Conflict, ConflictKind, Placement
from .facts import UNMADE, Parsed, Token, remembered
from .vocabulary import Vocabulary

SAME = "same"
REACH = 2  # content words after the adjective that may be its noun ("same advanced gear")


@lru_cache(maxsize=1)
def unlike_words() -> frozenset[str]:
    """WordNet's opposites of "same" that are words of content, one word each."""
    return frozenset(w for w in antonyms(SAME) if " " not in w)


def sameness_reversed(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> list[Conflict]:
    """One RELATION conflict where the claim calls a noun the same and the sentence calls the
    same noun different, or the other way round; [] if there is none."""
    if not (said_same(claim) or said_same(sentence)):
        return []  # most texts: neither says "same"
    for mine, theirs in ((claim, sentence), (sentence, claim)):
        for i, token in enumerate(mine.tokens):
            word = token.word.lower()
            if word != SAME and word not in unlike_words() or negated(mine, token):
                continue
            opposite = unlike_words() if word == SAME else frozenset((SAME,))
            heads = nouns_after(mine, i)
            for k, other in enumerate(theirs.tokens):
                other_word = other.word.lower()
                if other_word not in opposite or negated(theirs, other):
                    continue
                nouns = {t for h in heads for t in h.terms}
                if any(nouns.intersection(n.terms) for n in nouns_after(theirs, k)):
                    a, b = (token, other) if mine is claim else (other, token)
                    return [Conflict(a.word, b.word, ConflictKind.RELATION, (b.start, b.end),
                                     Placement.BESIDE)]
    return []


def said_same(text: Parsed) -> bool:
    """Whether the text writes "same", remembered on its parse: asked of the claim and the
    sentence for every pair (a scan of their words each time was ~1% of a batch)."""
    found = text.memo.get(("says same",), UNMADE)  # a hit without a call (`remembered`)
    if found is UNMADE:
        found = remembered(text, ("says same",), writes_same, text)
    return found


def writes_same(text: Parsed) -> bool:
    return any(t.lower == SAME for t in text.tokens)


def nouns_after(text: Parsed, i: int) -> list[Token]:
    """The content words right after the adjective at `i`, up to REACH, within its clause."""
    found = []
    for token in text.tokens[i + 1:]:
        if token.brk or len(found) == REACH:
            break
        if not token.terms:
            break  # "the same as", "different from": no noun follows
        found.append(token)
    return found


# what denies the adjective when it stands shortly before it in its clause ("did not have the
# same aims", "are no different"): "same" has no term for `Parsed.negated` to hold
DENIALS = frozenset(("not", "no", "never", "nor", "n't", "neither"))
DENIAL_REACH = 4  # words looked back


def negated(text: Parsed, token: Token) -> bool:
    if text.negated and not text.negated.keys().isdisjoint(token.terms):
        return True
    at = text.tokens.index(token)
    for before in reversed(text.tokens[max(0, at - DENIAL_REACH):at + 1]):
        word = before.word.lower()
        if before is not token and (word in DENIALS or word.endswith("n't")):
            return True
        if before.brk:
            break  # another clause
    return False
