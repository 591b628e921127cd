"""Whether a sentence leaves out the word that sets the claim's thing apart from all others:
"deforestation is the main cause of forest fires" is not stated by "deforestation increases
the drying effect that fuels forest fires", "agriculture is the largest source" not by "it
is one of the largest sources".

Such a word (an adjective of rank after a determiner: "the main cause", "its primary
source", "the chief reason") is one short word among the claim's many, so coverage reaches
support without it; yet it is the claim's whole point, and a sentence without it says
something weaker. The class is closed (standard grammar's adjectives of rank), and the
sentence states the rank by any of them, by an adverb of one ("mainly", "primarily",
"largely") or a superlative. Not a rank word as a noun ("the Norvik harbour chief",
"Velden's chief"): no article or possessive pronoun right before it. A superlative the
sentence gives only as "one of the" (one of the largest) is not the claim's plain
superlative. (The focus adverb "only" was read alike and dropped: writers restrict by other
words, "within existing resources", "without endorsing it": round 64, branch cfprec65.)
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import concrete_kind
from .degree import positive
from .facts import DETERMINERS, SUPERLATIVES, Parsed

RANKS = frozenset("main primary chief principal sole leading dominant predominant".split())
RANK_ADVERBS = frozenset("mainly primarily chiefly principally predominantly largely mostly "
                         "solely".split())
SUPERLATIVE_WORDS = SUPERLATIVES | {"most", "least"}


def qualifier_unstated(claim: Parsed, sentence: Parsed) -> bool:
    """The claim has a rank the sentence does not state, or a plain superlative the sentence
    gives only as "one of the" superlative."""
    claim_words = [t.lower for t in claim.tokens]
    ranked = ranks(claim_words)
    if not (ranked or any(superlative(w) for w in claim_words)):
        return False  # most claims
    words = [t.lower for t in sentence.tokens]
    written = set(words)
    if ranked and not (written & (RANKS | RANK_ADVERBS | SUPERLATIVE_WORDS)
                       or any(superlative(w) for w in written)):
        return True
    return any(superlative(w) and w in claim_words and not one_of(claim_words, w)
               and one_of(words, w) for w in written)


def ranks(words: list[str]) -> bool:
    """Whether the text has an adjective of rank after a determiner, before another word
    ("the main cause"; not "the UN chief" nor "Velden's chief", a noun)."""
    return any(w in RANKS and 0 < i < len(words) - 1 and words[i - 1] in DETERMINERS
               for i, w in enumerate(words))


@lru_cache(maxsize=8192)  # asked of the words of the claim and the sentence, pair after pair
def superlative(word: str) -> bool:
    """A superlative: listed, or an "-est" form of a graded adjective that is no noun of a
    concrete kind ("forest")."""
    return word in SUPERLATIVE_WORDS \
        or positive(word, "est") is not None and not concrete_kind(word)


def one_of(words: list[str], word: str) -> bool:
    """Whether every `word` in the text comes as "one of the <word>" (a member of the top
    group, not the top)."""
    at = [i for i, w in enumerate(words) if w == word]
    return bool(at) and all(i >= 3 and words[i - 3:i] == ["one", "of", "the"] for i in at)
