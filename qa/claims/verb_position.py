"""Whether a sentence word that shares a verb's stem stands where a verb can: not right after
an article, a possessive or demonstrative determiner, an adjective, or a preposition other
than "to" (unless it is a gerund: "by bearing").

A claim's two-word verb (a light verb and its noun, "give birth"; a phrasal verb the WordNet
tables give) counts as stated by a single verb WordNet lists for it ("bear"), found by its
stem alone. A stem does not tell the verb from its noun homograph: "the seals give birth on
drifting ice" was supported by a sentence on "polar bears" that hunt the seals, the
two-word verb stated by the animal ("a species of bear"). A word after "the", "their", an
adjective or "of" ("polar bears", "a sharp bear market", "their charge", "a kind of bear") is
a noun there; anywhere else it may be the verb ("mothers bear their young", "which bore
fruit", "able to bear"), and is left to count. Only the verb's own forms are read so: a noun
derived from it ("the removal" for "remove") states it in any place (`phrasal.own_form`).
"""
from __future__ import annotations

from ..search.wordnet import adjectives
from .facts import DETERMINERS, Token

# prepositions after which a word that is no gerund is a noun ("species of bear"); "to" opens
# an infinitive as well ("to bear")
PREPOSITIONS = frozenset("of in on at for with by from about into among between like than "
                         "within without".split())


def verb_placed(tokens: list[Token], k: int) -> bool:
    """The k-th word may be a verb where it stands: the word before it in its clause is no
    determiner, no adjective (WordNet's, as its concordance mostly tags it), and no
    preposition unless the word is a gerund."""
    if k == 0 or tokens[k].brk:
        return True
    before = tokens[k - 1].word.lower()
    if before in PREPOSITIONS and not tokens[k].word.lower().endswith("ing"):
        return False
    return before not in DETERMINERS and before not in adjectives()
