"""A reversal placed only by words of another clause of the claim reverses nothing.

The readers of a reversal (`polarity.reversed_in_place`, `reversals.placed_antonym`) place
the sentence's word of the other polarity between the sentence's forms of the claim's stated
words nearest to the claim's word on each side (`polarity.anchor_sides`). Those nearest words
may stand in another clause of the claim, joined to the word's own by a connective ("because",
"although", "but", "while" ...): "Insecurity persisted and worsened after the agreement, in
part because the terrorist groups ... were not parties to it" has, after "worsened", "agreement"
in its own clause and "terrorist groups" in the clause of cause. A sentence word placed by the
cause's words alone ("the agreement did not include the terrorist groups") belongs to what the
cause tells, another event with another subject: it stands in the place of nothing the claim
says of its own word, and the claim's word is not reversed there. A reversal then stands only
if the claim's word is placed by the anchors of its own clause, on every side that had one;
a side whose anchors all lie beyond a connective places nothing. Asked only once a reversal
was found and placed by its anchors (a finder that places it otherwise, by the head both share
or a bound both name, is not asked again): the reading is stricter, never looser.
"""
from __future__ import annotations

from .facts import SCOPE_BREAKERS, Parsed, Token
from .polarity import anchor_sides, in_place, stated_places
from .vocabulary import Vocabulary

# the words that open another clause joined to the one before: the scope breakers that are
# conjunctions or a sentence adverb ("but", "although", "while", "however") and "because"
# when a clause follows it ("because of" opens a phrase of the same clause, as "despite" does)
CONNECTIVES = (SCOPE_BREAKERS - {"despite"}) | {"because"}


def connective(text: Parsed, n: int) -> bool:
    """The n-th word opens another clause (`CONNECTIVES`)."""
    tokens = text.tokens
    word = tokens[n].word.lower()
    if word == "because":
        return n + 1 < len(tokens) and tokens[n + 1].word.lower() != "of"
    return word in CONNECTIVES


def same_clause(text: Parsed, i: int, j: int) -> bool:
    """No connective stands between the i-th and the j-th words (either way round)."""
    low, high = min(i, j), max(i, j)
    return not any(connective(text, n) for n in range(low + 1, high + 1))


def placed_elsewhere(claim: Parsed, sentence: Parsed, mine: Token, theirs: Token,
                     vocab: Vocabulary) -> bool:
    """The sentence's word `theirs` stands in the place of the claim's word `mine` by the
    claim's stated words of other clauses only: with the anchors of `mine`'s own clause it
    is out of place (a side left with none of its own places nothing)."""
    i = next((n for n, t in enumerate(claim.tokens) if t.start == mine.start), None)
    k = next((n for n, t in enumerate(sentence.tokens) if t.start == theirs.start), None)
    if i is None or k is None:
        return False
    stated = stated_places(claim, sentence, vocab, countries=True)
    sides = anchor_sides(claim, i, sentence, stated, vocab)
    if not all(in_place(k, anchors, after) for after, anchors in enumerate(sides)):
        return False  # placed by its finder some other way: not asked again here
    own = []
    for after, anchors in enumerate(sides):
        kept = [(reach, places) for reach, places in anchors
                if same_clause(claim, i, i + reach if after else i - reach)]
        own.append(kept if kept or not anchors else [(0, [])])  # no place of its own
    return not all(in_place(k, anchors, after) for after, anchors in enumerate(own))
