"""A comparative or superlative of another attribute before the claim's one's noun: "the
wetter months brought the floods" is not stated by "the warmer months brought the floods",
nor "the heavier rains of March" by "the warmer rains of March", however much else the
sentence states.

Coverage reads support by weight, and one unstated adjective among many stated words leaves
it high; an adjective a writer rewords is unstated too, so the unstated word alone is no test.
What tells another comparison from a rewording is the sentence's own comparative or
superlative in the claim's one's place, right before the same noun, measuring a scale WordNet
keeps apart from the claim's: the attributes of the senses in use (`used_attributes`: "heavy"
-> weight, "warm" -> temperature) with their specific hypernyms (`superlative_scale.scales`,
which joins "high" and "large" as magnitudes). Two the thesaurus or WordNet's kin join are
left alone, and so are positives: a writer rewords those freely ("a major obstacle" / "one
significant obstacle", "enough standing" / "sufficient good standing"), where a comparison
is the claim's fact. Superlatives ranking one thing are read by
`superlative_scale.other_scale`, antonyms by the contradiction readings.
"""
from __future__ import annotations

from functools import lru_cache

from ..search.wordnet import adverbs
from ..text.analyze import load_stopwords
from .degree import positive
from .facts import Parsed, Token, inside_name
from .superlative_scale import kindred, scales
from .vocabulary import Vocabulary


def attribute_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       told: frozenset[str]) -> bool:
    """The claim's unstated comparative or superlative (`told`: the claim terms the sentence
    states) stands right before a noun the sentence states, and the sentence puts one of
    another scale right before that noun."""
    mine = claim.tokens
    for i in range(len(mine) - 1):
        own = graded(mine[i])
        if not own or not noun_like(mine[i + 1]) or set(mine[i].terms) & told \
                or not set(mine[i + 1].terms) & told or inside_name(claim, mine[i]):
            continue
        anchor, words = set(mine[i + 1].terms), {t.lower for t in mine}
        for j, other in enumerate(sentence.tokens[:-1]):
            after = sentence.tokens[j + 1]
            if not noun_like(after) or not anchor & set(after.terms) or other.lower in words:
                continue
            theirs = graded(other)
            if theirs and not own[1] & theirs[1] and not joined(own[0], theirs[0], vocab) \
                    and not inside_name(sentence, other):
                return True
    return False


def graded(token: Token) -> tuple[str, frozenset[str]] | None:
    """The positive of a lower-case comparative or superlative ("warmer" -> warm) and its
    scales; None for a word of no known attribute and for a positive."""
    if not token.word.isalpha() or not token.word.islower():
        return None
    return graded_word(token.lower)


@lru_cache(maxsize=4096)
def graded_word(word: str) -> tuple[str, frozenset[str]] | None:
    """`graded` by the word (remembered: a claim is aligned with many sentences)."""
    for base in (positive(word), positive(word, "est")):
        if base and (found := scales((base,))):
            return base, found
    return None


def noun_like(token: Token) -> bool:
    """A word after the adjective that may be its noun: in its clause, with terms, no small
    word or adverb ("larger than", "warmer still")."""
    word = token.lower
    return not token.brk and bool(token.terms) and word not in load_stopwords() \
        and word not in adverbs()


def joined(mine: str, theirs: str, vocab: Vocabulary) -> bool:
    """The thesaurus makes the two adjectives synonyms, or WordNet files them together."""
    stems = [set(vocab.stems(word)) for word in (mine, theirs)]
    return bool(vocab.expand(stems[0]) & vocab.expand(stems[1])) \
        or kindred((mine,), (theirs,))
