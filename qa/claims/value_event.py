"""Whether the sentence's differing value is bound to the claim's event, not to another actor's.

A value anchored by the claim's other facts (`qa.claims.anchored`) lets a sentence that states
only some word of the claim's predicate contradict it. But a sentence may tell two events, the
anchors in one and the differing value in the other: "When the rebels of the Ardal Front
advanced in February 2009, this brought about the deployment of the guild" against "On 1
July 2009 the guild was replaced by ...": "February" dates the Front's advance, not the
guild's replacement.
The value belongs to another actor's event when the verb in the past it dates in its clause
(`dated.dated_verb`: the nearest before it, else after it) is not stated by the claim and that
verb's actor, the last name before it in its clause (`dated.actor_of`), is one the claim does
not name. A value whose clause holds no such verb ("Then, on 1 July 2009, the guild was
replaced") or whose verb has no named actor ("officials stressed that they would keep part of
it until May 2024") is left bound: the sentence's own event, as before.
"""
from __future__ import annotations

from .dated import actor_of, dated_verb
from .facts import Mention, Parsed
from .vocabulary import Vocabulary


def another_actors_value(conflict, claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                         named) -> bool:
    """The sentence's value of `conflict` dates or counts a verb the claim does not state,
    done by a name the claim does not name. `named(name, text)` tells whether a text names a
    name (`compare.name_found`)."""
    theirs = value_mention(conflict, sentence)
    verb = None if theirs is None else dated_verb(sentence, theirs)
    if verb is None or any(vocab.matches(t, claim.terms, vocab.expand(claim.terms))
                           for t in verb.terms):
        return False
    actor = actor_of(sentence, verb)
    return actor is not None and not named(actor, claim)


def value_mention(conflict, sentence: Parsed) -> Mention | None:
    """The sentence's fact the conflict's value was read from: the one its span lies in."""
    low, high = conflict.span
    return next((m for m in sentence.mentions if m.start <= low and high <= m.end), None)
