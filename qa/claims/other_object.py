"""The claim's verb stated with another object: "the ferry company lost its cargo licence"
is not stated by "the company lost two ferries in the storm".

`predicate.unstated_event` withholds support from a sentence that states neither the claim's
verb nor any word of its direct object. A sentence that states the verb, with the claim's
actors, date and place around it, still reaches the support bar by them when the verb's
object is another thing: the deed is told, but of something else. So where the sentence's
word for the claim's main verb (`main_verb`, the claim's event) has a direct object of its own
(`predicate.object_phrase`), none of whose words the claim has, and the sentence states no
word of the claim's object (not by a synonym or another form), the claim's event is not in
it. A claim object the sentence states anywhere, or a sentence verb with no object read
(a preposition, a clause after it), is left to the other readings: writers reword objects,
and this reading only asks where the sentence gives the deed to a thing the claim never
names.
"""
from __future__ import annotations

from .actors import said
from .facts import Parsed, Token, token_index
from .main_verb import main_verb
from .opposition import occurrences
from .predicate import light_object, object_phrase
from .object_kinds import not_acted_on
from .vocabulary import Vocabulary


def other_object(claim: Parsed, sentence: Parsed, vocab: Vocabulary,
                 stated: frozenset[str]) -> tuple[Token, Token] | None:
    """(the claim's verb, the head of the sentence's other object) when the sentence states
    the claim's past verb and gives it an object that shares no word with the claim, while it
    states no word of the claim's own object; None otherwise."""
    token = main_verb(claim)
    if token is None or not token.terms:
        return None
    n = token_index(claim, token)
    done_to = light_object(claim, n, object_phrase(claim, n))
    if not done_to or not_acted_on(claim, n, done_to) \
            or any(said(t, sentence, vocab, stated) for t in done_to):
        return None
    for k in occurrences(token, sentence, vocab):
        theirs = object_phrase(sentence, k)
        if theirs and claim.terms.isdisjoint(t for w in theirs for t in w.terms):
            return token, theirs[-1]
    return None
