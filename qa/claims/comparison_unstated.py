"""Whether a sentence makes no comparison at all where the claim compares two things: "wind
farms kill more gulls than foxes do" is not stated by "for every gull killed by a wind farm,
a thousand were killed by foxes", though the sentence states every word of the claim.

A comparison ("more X than Y", "later than planned") is a fact of its own, the relation of
its two terms, and the words of the two terms may all be in a sentence that says nothing of
how they stand to each other. `qa.claims.comparisons` reads a comparison the sentence makes
the other way; this asks that it make one at all: a "than" (not a figure's bound, "more than
1,000", nor an alternative, "rather than"), a comparative or a superlative (`degree`:
"more", "heavier", "largest"), a multiple ("twice", "three times", "doubled"), a verb that
compares ("exceeded", "outnumber"), "beyond", or "as ... as". Where the sentence has none of
these, it does not state the claim's comparison, unless it gives the two things figures that
say which is larger ("Norland and Sudland withdrew 40 and 15 trawlers, respectively",
`qa.claims.compared_figures`).
"""
from __future__ import annotations

from ..types import Conflict
from .compared_figures import judged
from .comparisons import compared
from .degree import comparative, positive
from .facts import Parsed
from .vocabulary import Vocabulary

COMPARING = frozenset("than versus compared compare comparison relative ratio beyond".split())
# "little more than a smokescreen", "no less than": a bound set on how much the thing is, no
# relation of two things
DEGREE_BOUNDS = frozenset("little no nothing none".split())
# the words that are a comparison by themselves: a superlative's quantity, a multiple, a verb
SETS_APART = frozenset("most least fewest twice thrice times double doubled tripled half halved "
                       "exceed exceeds exceeded exceeding outnumber outnumbers outnumbered "
                       "surpass surpassed surpasses outweigh outweighs outweighed "
                       "outpaced outpace overtook overtaken overtake".split())
AS_REACH = 4  # words from the first "as" to the second: "as many gulls as"


def comparison_unstated(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim compares two things before "than" and the sentence has no word that
    compares, nor pairs the two with figures that say what the claim says."""
    return any(not DEGREE_BOUNDS & {t.lower for t in words} for words in compared(claim)) \
        and not compares(sentence) and not figures_agree(claim, sentence, vocab)


def figures_agree(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The sentence pairs the two things with figures that say what the claim says."""
    read = judged(claim, sentence, vocab)
    return bool(read) and not isinstance(read[1], Conflict)


def compares(text: Parsed) -> bool:
    """Whether the text has a word that compares (see the module's docstring)."""
    tokens = text.tokens
    for i, token in enumerate(tokens):
        word = token.lower
        if word == "as" and any(t.lower == "as" for t in tokens[max(0, i - AS_REACH):i]):
            return True  # "as much as", "as many gulls as": "as" alone is a time or a role
        if word in COMPARING or word in SETS_APART or comparative(word) \
                or positive(word, "est") is not None:
            return True
    return False
