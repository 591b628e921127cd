"""An adjective of another attribute before the claim adjective's noun: "the heavy rains of
March flooded the valley" is not stated by "the warm rains of March flooded the valley", nor
"the wetter months" by "the warmer months", however much else the sentence states.

Coverage reads support by weight, and one unstated adjective among many stated words leaves
it high; an adjective a writer rewords is unstated too, so the unstated word alone is no test.
What tells another quality from a rewording is the sentence's own adjective in the claim
adjective's place, right before the same noun, measuring a scale WordNet keeps apart from the
claim's: the attributes of the senses in use (`used_attributes`: "heavy" -> weight, "warm" ->
temperature) with their specific hypernyms (`superlative_scale.scales`, which joins "high"
and "large" as magnitudes). Two adjectives of no known attribute ("financial", "military")
are left alone, and so are two the thesaurus or WordNet's kin join ("grave" / "serious").
Superlatives ranking one thing are read by `superlative_scale.other_scale`, antonyms by the
contradiction readings.
"""
from __future__ import annotations

from functools import lru_cache

from .degree import positive
from .facts import Parsed, Token, inside_name
from .superlative_scale import kindred, scales
from .vocabulary import Vocabulary


def attribute_in_place(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                       told: frozenset[str]) -> bool:
    """The claim's unstated adjective (`told`: the claim terms the sentence states) stands
    right before a noun the sentence states, and the sentence puts an adjective of another
    scale right before that noun."""
    mine = claim.tokens
    for i in range(len(mine) - 1):
        own = graded(mine[i])
        if not own or mine[i + 1].brk or set(mine[i].terms) & told \
                or not set(mine[i + 1].terms) & told or inside_name(claim, mine[i]):
            continue
        anchor, words = set(mine[i + 1].terms), {t.lower for t in mine}
        for j, other in enumerate(sentence.tokens[:-1]):
            after = sentence.tokens[j + 1]
            if after.brk or not anchor & set(after.terms) or other.lower in words:
                continue
            theirs = graded(other)
            if theirs and not own[1] & theirs[1] and not joined(own[0], theirs[0], vocab) \
                    and not inside_name(sentence, other):
                return True
    return False


def graded(token: Token) -> tuple[str, frozenset[str]] | None:
    """The positive of a lower-case adjective, comparative or superlative ("warmer" -> warm)
    and its scales; None for a word of no known attribute."""
    if not token.word.isalpha() or not token.word.islower():
        return None
    return graded_word(token.lower)


@lru_cache(maxsize=4096)
def graded_word(word: str) -> tuple[str, frozenset[str]] | None:
    """`graded` by the word (remembered: a claim is aligned with many sentences)."""
    for base in (positive(word), positive(word, "est"), word):
        if base and (found := scales((base,))):
            return base, found
    return None


def joined(mine: str, theirs: str, vocab: Vocabulary) -> bool:
    """The thesaurus makes the two adjectives synonyms, or WordNet files them together."""
    stems = [set(vocab.stems(word)) for word in (mine, theirs)]
    return bool(vocab.expand(stems[0]) & vocab.expand(stems[1])) \
        or kindred((mine,), (theirs,))
