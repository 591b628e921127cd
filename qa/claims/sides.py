"""Whether the actor a sentence names in the claim actor's stead stands in the claim actor's
role: on the same side of a verb both texts state, once their voices are accounted for.

A contradiction by an actor needs the same event with another actor in the SAME role. Two
texts may name different people or bodies in different roles of one event, and neither
contradicts the other: "the board published a report that the floods had drowned twelve
farmers" / "it published a report that the floods had drowned twelve herders" (the board
publishes, the herders drowned), "boats flew injured Chilean divers out" / "the Peruvian
divers ... flying officials in and out" (divers flown, divers flying). The verb both
state places each: before an active verb is its subject, after it its object; a passive
("were flown by", "were flown out") turns that round. Where no verb is stated by both, the
sides say nothing and the actors are taken as rivals, as before.
"""
from __future__ import annotations

from ..search.wordnet import verb_base
from .facts import Mention, Parsed, Token
from .opposition import agentless, finite, occurrences, passive, used_as_verb
from .vocabulary import Vocabulary


def other_role(claim: Parsed, i: int, sentence: Parsed, k: int, vocab: Vocabulary) -> bool:
    """The claim's i-th word and the sentence's k-th word stand on opposite sides of the verb
    nearest the claim's word that the sentence states as a verb too, the voices weighed (a
    passive's subject is the active's object): two roles of one event, not one role held
    by two actors. False when the texts share no verb."""
    verbs = sorted((n for n, t in enumerate(claim.tokens)
                    if n != i and t.terms and finite(claim, n)), key=lambda n: abs(n - i))
    for n in verbs:
        placed = [m for m in set(occurrences(claim.tokens[n], sentence, vocab))
                  | same_verb(claim.tokens[n], sentence, vocab)
                  if m != k and verb_here(sentence, m)]
        if not placed:
            continue
        m = min(placed, key=lambda m: abs(m - k))
        mine, theirs = i < n, k < m  # before the verb: the subject of an active one
        return (mine != passive_voice(claim, n)) != (theirs != passive_voice(sentence, m))
    return False


def verb_here(text: Parsed, m: int) -> bool:
    """The m-th word is a verb there: a past form or one after an auxiliary (`finite`), or
    an -ing form ("by flying"), not a noun after a possessive ("the council's
    request") or a determiner."""
    word = text.tokens[m].word.lower()
    if m and text.tokens[m - 1].word.lower().endswith(("'s", "’s")):
        return False
    return used_as_verb(text, m) and (finite(text, m) or word.endswith("ing"))


def same_verb(token: Token, text: Parsed, vocab: Vocabulary) -> set[int]:
    """Where `text` has the verb of `token` in another irregular form ("flew" / "flying")."""
    base = lambda word: set(vocab.analyzer.terms(verb_base(word.lower()) or word))
    mine = base(token.word)
    return {m for m, t in enumerate(text.tokens) if t.terms and t.word.isalpha()
            and mine & (set(t.terms) | base(t.word))}


def passive_voice(text: Parsed, verb: int) -> bool:
    """A passive verb, with its agent ("were flown by") or without ("were flown out")."""
    return passive(text, verb) or agentless(text, verb)


def token_at(text: Parsed, mention: Mention) -> int:
    """The index of the first word of a mention."""
    return next((n for n, t in enumerate(text.tokens) if t.start >= mention.start),
                len(text.tokens) - 1)


def names_in_other_roles(claim: Parsed, mine: Mention, sentence: Parsed, theirs: Mention,
                         vocab: Vocabulary) -> bool:
    """`other_role` for a name of the claim and one of the sentence."""
    return other_role(claim, token_at(claim, mine), sentence, token_at(sentence, theirs), vocab)
