"""The actor a claim sets aside ("blamed on smugglers rather than on the harbour guards"), given
the deed by the sentence ("was done by the harbour guards"): the claim's actor replaced in its
place by the very one it denies.

`clauses.alternative_in_place` reads a set-aside alternative that the sentence puts right after
the claim's anchor word ("based in ports"), and `clauses.alternative_stated` one it states
whole with its preposition; an actor is often named otherwise (its noun by a synonym, "forces"
/ "troops", in a passive's "by" phrase or as a subject) and far from any anchor. Here the
claim's fact is an actor noun phrase (it ends on a WordNet person or group noun,
`actors.actor_at`), and the sentence's own actor noun states a word of the alternative (its
term or a synonym) and the sentence no word of the fact: the sentence's actor is the one the
claim sets aside. Not when the two stand on opposite sides of a verb both state
(`sides.other_role`: the claim's actor acted on by the other is no swap).
"""
from __future__ import annotations

from ..search.wordnet import actor_noun
from .actors import actor_at
from .clauses import alternative_span
from .compare import synonym_terms
from .facts import Parsed, Token, groups_of
from .sides import other_role
from .vocabulary import Vocabulary

DETERMINERS = frozenset(("the", "its", "their", "his", "her", "these", "those"))


def set_aside_actor(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                    ) -> tuple[Token, Token] | None:
    """(the claim's actor noun, the sentence's actor noun stating the set-aside alternative),
    or None."""
    span = alternative_span(claim)
    if span is None:
        return None
    n, at, end = span
    fact = [t for t in claim.tokens[n:at] if t.terms]
    head = next((t for t in reversed(claim.tokens[at + 2:end]) if t.terms), None)
    if not fact or head is None:
        return None
    other = set(head.terms)  # the alternative's head noun ("state or foreign forces")
    groups = groups_of(sentence, vocab)
    said = [all(vocab.matches(t, sentence.terms, groups) for t in token.terms) for token in fact]
    if said[-1] or all(said):
        return None  # the sentence names the claim's actor too ("armed" alone may be anyone's)
    for k, token in enumerate(sentence.tokens):
        if not actor_word(sentence, k):
            continue
        theirs = set(token.terms)
        if (any(vocab.matches(t, theirs, vocab.expand(theirs)) for t in other)
                or synonym_terms(token.lower, vocab) & other) \
                and not other_role(claim, claim.tokens.index(fact[-1]), sentence, k, vocab):
            return fact[-1], token
    return None


def actor_word(text: Parsed, k: int) -> bool:
    """The text's k-th word is an actor noun: one ending its noun phrase (`actor_at`), or one
    that is also a verb ("troops", "guards") after a word of its noun phrase ("Malian troops",
    "the guards"), where no verb stands."""
    if actor_at(text, k):
        return True
    token = text.tokens[k]
    if k == 0 or token.brk or not (token.word.isalpha() and token.word.islower()) \
            or actor_noun(token.word) is None \
            or any(m.start <= token.start < m.end for m in text.mentions):
        return False
    before = text.tokens[k - 1].lower
    return before in DETERMINERS or before[:1].isalpha() and text.tokens[k - 1].word[0].isupper()
