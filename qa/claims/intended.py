"""Whether a sentence tells the claim's deed only as the content of an intention.

"That spring, two guilds announced their intent to quit the harbour board by the next season,
withdrawing some 40 and 15 boats" has every word of "one of them withdrew its 15 boats that
spring", the verb in its participle: but the participle clause after the comma
spells out what was intended, and tells no withdrawal as done. The claim's main verb, a past
that asserts the deed (`main_verb`), is stated by such a sentence only where the sentence
writes that verb (in any form, `offset_events.forms`) somewhere else than in a participle
clause after an intention: a clause opened by a comma and a verb in "-ing", whose clause before
holds a word of intention before "to" ("intent to quit", "plans to", "is set to":
`to_come.CUES_TO` and the nouns of intention). Not `unasserted.intended_only`, which reads a
word inside the clause an intention governs ("a promise to hold"), not a participle after it.
"""
from __future__ import annotations

from .dated import datable_past
from .facts import Parsed, Token
from .main_verb import main_verb
from .offset_events import forms
from .to_come import CUES_TO, governed

# nouns of intention before "to" ("their intent to leave", "a plan to withdraw")
INTENTS = frozenset("intent intention intentions plan plans aim bid".split())


def only_as_intent(claim: Parsed, sentence: Parsed) -> bool:
    """The claim tells its main verb's deed as done, and the sentence writes that verb only in
    participle clauses spelling out an intention."""
    verb = main_verb(claim)
    if verb is None or not datable_past(verb.word) \
            or governed(claim.tokens, claim.tokens.index(verb)):
        return False
    mine = forms(verb)
    places = [k for k, t in enumerate(sentence.tokens) if forms(t) & mine]
    return bool(places) and all(intended_participle(sentence, k) for k in places)


def intended_participle(sentence: Parsed, k: int) -> bool:
    """The k-th word is a participle in "-ing" opening a clause after a comma, and the
    sentence before it has a word of intention before "to"."""
    tokens = sentence.tokens
    token = tokens[k]
    if not (k and token.word.islower() and token.word.endswith("ing")
            and sentence.text[tokens[k - 1].end:token.start].strip() == ","):
        return False
    return any(intention_at(tokens, j) for j in range(k - 1))


def intention_at(tokens: list[Token], j: int) -> bool:
    """The j-th word is a word of intention and "to" follows it."""
    return tokens[j].word.lower() in CUES_TO | INTENTS and tokens[j + 1].word.lower() == "to"
