"""Whether a sentence leaves out the word that sets the claim's thing apart from all others:
"deforestation is the main cause of forest fires" is not stated by "deforestation increases
the drying effect that fuels forest fires", "the surface radiates heat only at night" not by
"the surface radiates heat", "agriculture is the largest source" not by "it is one of the
largest sources".

Such a word (a rank: "main", "primary", "chief", "sole"; the focus adverb "only") is one
short word among the claim's many, so coverage reaches support without it; yet it is the
claim's whole point, and a sentence without it says something weaker. The classes are
closed (standard grammar's focus adverbs of restriction and the adjectives of rank), and the
sentence states the rank by any of them, by an adverb of one ("mainly", "primarily",
"largely") or a superlative, and the restriction by any word of restriction ("only",
"solely", "exclusively", "alone"). "only" before a figure or a number word is the count's
own hedge ("only 8,000 troops", "only one of them"), read with the count. A superlative the
sentence gives only as "one of the" (one of the largest) is not the claim's plain
superlative.
"""
from __future__ import annotations

from ..search.wordnet import concrete_kind
from .degree import positive
from .facts import SUPERLATIVES, UNITS, Parsed

RANKS = frozenset("main primary chief principal sole leading dominant predominant".split())
RANK_ADVERBS = frozenset("mainly primarily chiefly principally predominantly largely mostly "
                         "solely".split())
RESTRICTING = frozenset("only solely exclusively alone sole just".split())
SUPERLATIVE_WORDS = SUPERLATIVES | {"most", "least"}


def qualifier_unstated(claim: Parsed, sentence: Parsed) -> bool:
    """The claim has a rank or "only" the sentence does not state, or a plain superlative
    the sentence gives only as "one of the" superlative."""
    claim_words = [t.lower for t in claim.tokens]
    if not (RANKS.intersection(claim_words) or "only" in claim_words
            or any(superlative(w) for w in claim_words)):
        return False  # most claims
    words = [t.lower for t in sentence.tokens]
    written = set(words)
    if RANKS.intersection(claim_words) and not (
            written & (RANKS | RANK_ADVERBS | SUPERLATIVE_WORDS)
            or any(superlative(w) for w in written)):
        return True
    if restricted_claim(claim) and not written & RESTRICTING:
        return True
    return any(superlative(w) and w in claim_words and not one_of(claim_words, w)
               and one_of(words, w) for w in written)


def restricted_claim(claim: Parsed) -> bool:
    """An "only" of the claim that is no count's hedge (not right before a figure or a
    number word: "only 8,000 troops", "only one is in decline")."""
    starts = {m.start for m in claim.mentions if m.family != "name"}
    tokens = claim.tokens
    return any(t.lower == "only" and not (i + 1 < len(tokens) and (
        tokens[i + 1].start in starts or tokens[i + 1].lower in UNITS))
        for i, t in enumerate(tokens))


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
