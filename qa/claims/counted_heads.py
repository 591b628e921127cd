"""What a claim's figure counts, read for `compare.swapped_numbers`: a figure given to another
noun of the sentence ("1,730 additional police" against "(1,730 troops, 339 police)").

`swapped_numbers` pairs the claim's figure with the sentence's and asks whether the two count
the same thing. It took the claim's thing to be the first word after the figure that the
sentence has, which is a modifier as often as the noun: "1,730 additional police" against a
sentence writing "an additional 2,069 uniformed personnel (1,730 troops, 339 police)" was
read as counting "additional", which no figure of the sentence counts, and the swap went
unseen. Each of the claim's first words after the figure (`compare.UNIT_WORDS`) is a
candidate here, the first that another figure of the sentence counts being the claim's.

And what stands after a coordinator is another phrase's: "of which 1,440 were military and
the remainder police" counts military with its 1,440, not police, though "police" is among
the three words after the figure that `tallies.counted` reads as the figure's noun phrase
(which, when the sentence's figure counts one of them, makes the two the same thing).
"""
from __future__ import annotations

from .facts import Mention, Parsed, Token
from .tallies import words_after

COORDINATORS = frozenset("and or but while whereas".split())
PHRASE_WORDS = 3  # content words after a figure that may be its noun phrase (`tallies.COUNTED`)


def claim_units(claim: Parsed, mention: Mention, sentence_terms: set[str],
                most: int) -> list[Token]:
    """The claim's first `most` content words after its figure (before the next figure, a
    clause break or a coordinator) that the sentence has: each may be what it counts."""
    return [t for t in phrase_tokens(claim, mention, most) if set(t.terms) & sentence_terms]


def phrase_terms(text: Parsed, mention: Mention) -> set[str]:
    """The terms of the figure's noun phrase: the first PHRASE_WORDS content words after it,
    up to a coordinator ("1,440 were military and the remainder police": military)."""
    return {term for t in phrase_tokens(text, mention, PHRASE_WORDS) for term in t.terms}


def phrase_tokens(text: Parsed, mention: Mention, most: int) -> list[Token]:
    """The figure's first `most` content words, up to a coordinator (`tallies.words_after`)."""
    return words_after(text, mention, most, COORDINATORS)