"""Another thing of the claim's noun's own kind beside the same word: "fasting for up to
several years" is not stated by "fasting for up to several months", nor "the primary gases
include carbon dioxide and argon" by "carbon dioxide, methane ... are the primary gases",
however much else the sentence states.

Coverage reads support by weight, and one unstated noun among many stated words leaves it
high; a noun a writer rewords is often unstated too, so an unstated word alone is no test
(a gate asking for the claim's rarest word lost 171 right supports of the bundled sets).
What tells another thing from a rewording is the sentence's own word in the claim word's
place: beside the word the claim's noun stands beside (the nearest content word on one side,
small words skipped), the sentence has a noun the claim does not state, and the two nouns are
of one kind (WordNet's first-sense hypernyms, two steps up, share a word: a year and a month
are each a period, argon and methane each a gas), both concrete kinds (WordNet files their
first sense as a substance, a span of time, an artifact ...: `wordnet.concrete_kind`). Two
abstract nouns of one kind are a writer's rewording as often as not ("paused the work of
the harbour crews" / "the activities of the harbour crews", "the first occasion" / "the first
time"), and are left alone. A noun that is the other's kind ("a period"
/ "several years") states it vaguely, and is no other thing. `occasion_in_place` asks the
same after "at a"; here the place is any neighbour, so the kin test is what keeps it narrow.
"""
from __future__ import annotations

from ..search.wordnet import concrete_kind, hypernyms
from ..text.analyze import load_stopwords
from .actors import said, stated_by_claim
from .facts import Parsed, Token, groups_of
from .vocabulary import Vocabulary

SKIPPED = 2  # small words between a noun and its neighbour: "dioxide and argon", "rise of the"


def kin_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 stated: frozenset[str]) -> tuple[Token, Token] | None:
    """The claim's unstated noun and the sentence's other noun of its kind beside the word
    the claim's noun stands beside; None if there is none."""
    stop = load_stopwords()
    groups = None
    for i, mine in enumerate(claim.tokens):
        if not plain_noun(mine, claim) or not concrete_kind(mine.lower):
            continue
        kinds = hypernyms(mine.lower)
        if not kinds or said(mine, sentence, vocab, stated):
            continue
        for step in (-1, 1):
            j = neighbour(claim, i, step, stop)
            if j is None or not said(claim.tokens[j], sentence, vocab, stated):
                continue
            anchor = set(claim.tokens[j].terms)
            for k, token in enumerate(sentence.tokens):
                if not anchor & set(token.terms):
                    continue
                m = neighbour(sentence, k, -step, stop)
                if m is None:
                    continue
                other = sentence.tokens[m]
                if not plain_noun(other, sentence) or other.lower == mine.lower \
                        or not concrete_kind(other.lower):
                    continue
                their_kinds = hypernyms(other.lower)
                if not kinds & their_kinds or other.lower in kinds \
                        or mine.lower in their_kinds:
                    continue
                if groups is None:
                    groups = groups_of(claim, vocab)
                if not stated_by_claim(other, claim, vocab, groups):
                    return mine, other
    return None


def plain_noun(token: Token, text: Parsed) -> bool:
    """A common noun as written (lower case, letters only), outside names and figures."""
    return token.word.isalpha() and token.word.islower() and bool(token.terms) \
        and not any(m.start <= token.start < m.end for m in text.mentions)


def neighbour(text: Parsed, i: int, step: int, stop) -> int | None:
    """The index of the nearest word with terms on the side `step` of word i, at most SKIPPED
    small words between; None where there is none."""
    tokens, k = text.tokens, i + step
    for _ in range(SKIPPED + 1):
        if not 0 <= k < len(tokens):
            return None
        if tokens[k].terms and tokens[k].lower not in stop:
            return k
        k += step
    return None
