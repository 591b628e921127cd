"""Whether a sentence keeps support away by a word of the other polarity in the claim word's
place, where one of the two has its polarity only from its WordNet neighbours.

"The guild backed the harbour plan" is no paraphrase of "the guild opposed the harbour plan",
nor "the roads got better" of "the roads deteriorated": the words stand in the
same place, between the same parties, and mean opposite things. `polarity.opposed_polarity`
reads such a pair where VADER rates both words, but its raters left many words of taking sides
and of change unrated ("oppose", "deteriorate", "consistent") or near neutral out of context
("backed"). WordNet lends them the polarity their neighbours agree on: the words of their
first senses, the senses right above them, the opposite of their antonyms' ("oppose": a kind
of "protest" and "resist", "deteriorate" one of "worsen", "back" with "support";
`tools/wordnet_lent_polarity.py`, `wordnet.lent_polarity`).

A lent polarity is a weaker reading than a rating (a neighbour may be rated in another sense),
so it only keeps support away, never contradicts: a pair placed as `opposed_polarity` places
one, one word rated where it stands, of clear strength (|valence| >= STRONG, of the word or
its base form: "argued", -1.5, is also "argued for"), and the other lent (two lent words are two
guesses: "exposed" / "showed"), and the sentence's word with no negation in the REACH words before it
that the parse did not tie to it ("was not unanimously adopted" / "failed": the same).
"""
from __future__ import annotations

from ..text.lexicon import valences
from .facts import NEGATIONS, Parsed, Token, token_index
from .polarity import opposed_polarity, signed
from .valence import rated_forms
from .vocabulary import Vocabulary


def lent_reversal(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Token, Token] | None:
    """The claim's predicate and the sentence's in its place of opposite polarity, one rated
    (strongly) and the other lent by WordNet (`opposed_polarity` with `lent`), the sentence's not denied;
    None if there is none (two rated words are `opposed_polarity`'s own, with its refusals)."""
    found = opposed_polarity(claim, sentence, vocab, lent=True)
    if not found or negation_before(sentence, found[1]):
        return None
    (mine, theirs), rated = found, (signed(claim, found[0]), signed(sentence, found[1]))
    if all(rated) or not any(rated):
        return None
    return found if strength((mine if rated[0] else theirs).word) >= STRONG else None


STRONG = 2.0  # the least |valence| of the rated word of a pair with a lent one ("praised")


def strength(word: str) -> float:
    """The greatest |valence| VADER's raters gave the word or a base form of it ("angered",
    "anger"); 0 for a word rated by its synonyms alone, a guess too."""
    table = valences()
    return max((abs(table[f]) for f in rated_forms(word.lower()) if f in table), default=0.0)


REACH = 3  # words between a negation and the word it denies ("not unanimously adopted")


def negation_before(text: Parsed, token: Token) -> bool:
    """A negation stands in the REACH words before the word, in its clause."""
    n = token_index(text, token)
    for k in range(n - 1, max(n - REACH, 0) - 1, -1):
        if text.tokens[k + 1].brk:  # a break before the word after: another clause
            return False
        if text.tokens[k].word.lower() in NEGATIONS:
            return True
    return False
