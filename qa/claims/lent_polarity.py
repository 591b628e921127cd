"""Whether a sentence keeps support away by a word of the other polarity in the claim word's
place, where one of the two has its polarity only from its WordNet neighbours.

"The Council and the government broadly agreed" is no paraphrase of "... backed" against
"... opposed", nor "relations got better" of "relations deteriorated": the words stand in the
same place, between the same parties, and mean opposite things. `polarity.opposed_polarity`
reads such a pair where VADER rates both words, but its raters left many words of taking sides
and of change unrated ("oppose", "deteriorate", "consistent") or near neutral out of context
("backed"). WordNet lends them the polarity their neighbours agree on: the words of their
first senses, the senses right above them, the opposite of their antonyms' ("oppose": a kind
of "protest" and "resist", "deteriorate" one of "worsen", "back" with "support";
`tools/wordnet_lent_polarity.py`, `wordnet.lent_polarity`).

A lent polarity is a weaker reading than a rating (a neighbour may be rated in another sense),
so it only keeps support away, never contradicts: a pair placed as `opposed_polarity` places
one, at least one of the two words unrated where it stands.
"""
from __future__ import annotations

from .facts import Parsed, Token
from .polarity import opposed_polarity, signed
from .vocabulary import Vocabulary


def lent_reversal(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Token, Token] | None:
    """The claim's predicate and the sentence's in its place of opposite polarity, one of them
    lent by WordNet (`opposed_polarity` with `lent`); None if there is none, or if both words
    are rated (`opposed_polarity` itself reads those, with its own refusals)."""
    found = opposed_polarity(claim, sentence, vocab, lent=True)
    if found and (not signed(claim, found[0]) or not signed(sentence, found[1])):
        return found
    return None
