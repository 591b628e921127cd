"""The judgement a claim reports someone making, when the sentence reports another.

"The Ostrian government considers the Kestrel pact to be helpful" against "Valdria thinks the
Kestrel pact is unwise": every word but the judgement is stated, and support, weighing words
by rarity, reaches SUPPORT with the one word that carries the claim's point given otherwise.
`vetoes.complement_unstated` asks that a claim's last complement ("X is exaggerated") be
stated, but leaves out a claim whose complement stands in a clause another verb reports
("says X is Y"), and `evaluation_turned` reads only adjectives WordNet makes values of an
attribute that a polarity marks ("unwise", "counterproductive" have none), so the judgement
went unread. Measured: a demonym's government read as its acting capital (`capital_for`,
round 68) unmasked it for such claims.

`judgement_given_otherwise`: the claim's last word is an adjective after a linking verb
("is", "to be", "has become": `linked_predicate.linked`) inside a clause that a verb of
communication or cognition before it reports ("says", "considers", "thinks"); the sentence
states it in no form (nor by a synonym, nor inside a longer word), and gives an adjective of
its own after a linking verb that the claim does not state. It keeps support away only: the
sentence's adjective may judge another thing.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb, communicates, thinks
from .facts import Parsed, groups_of
from .linked_predicate import linked
from .predicate import said_within
from .vocabulary import Vocabulary


def judgement_given_otherwise(claim: Parsed, sentence: Parsed, vocab: Vocabulary) -> bool:
    """The claim's reported judgement unstated, the sentence's own given (module doc)."""
    tokens = claim.tokens
    n = len(tokens) - 1
    if n < 2 or not tokens[n].terms or not tokens[n].word.isalpha() \
            or not tokens[n].word.islower() or not linked(claim, n):
        return False
    if not any(communicates(t.word) or thinks(t.word) for t in tokens[:n - 1]
               if t.word.isalpha() and t.word.islower()):
        return False
    groups = groups_of(sentence, vocab)
    if any(vocab.matches(t, sentence.terms, groups) or said_within(t, sentence)
           for t in tokens[n].terms):
        return False
    mine = set(claim.terms)
    return any(k and token.terms and token.word.isalpha() and token.word.islower()
               and not can_be_verb(token.word) and linked(sentence, k)
               and not set(token.terms) & mine
               for k, token in enumerate(sentence.tokens))
