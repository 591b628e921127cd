"""The claim's deed, which a supporting sentence leaves unsaid, reversed beside it for the
claim's own party: "the rebels accepted the deal" against "The deal was signed by the
government in March. However, the deal was rejected by the rebels."

Coverage weighs words by rarity, so the first sentence reaches support by the claim's object,
its other party and its date, without the claim's verb, the one word that says what happened;
the party the claim gives the deed to ("the rebels") is named elsewhere in the passage, which
is all a name needs. Writers paraphrase verbs, so an unsaid verb keeps no support away by
itself (bench/README, round 33); but where the passage tells the verb's WordNet antonym
(`compare.antonym_terms`: "rejected" for "accepted"), used as a verb whose agent is a party
the claim names, the passage says that party did the opposite, and the sentence that leaves
the deed out is no evidence that it did the claim's. `deed_elsewhere` reads the same deed
told of another agent; this reads the opposite deed told of the same one.
"""
from __future__ import annotations

from .compare import antonym_terms, as_text, name_found
from .deed_elsewhere import headed_agents, within
from .facts import Mention, Parsed
from .main_verb import main_verb
from .opposition import used_as_verb
from .vocabulary import Vocabulary


def reversed_beside(claim: Parsed, sentence: Parsed, passage: Parsed, vocab: Vocabulary,
                    stated: set[str] | frozenset[str]) -> Mention | None:
    """The passage's agent, a party the claim names, of a verb opposite to the claim's main
    verb, told outside the sentence, when the sentence does not state the claim's verb
    (`stated`: the claim terms it states, forms and synonyms counted); None otherwise."""
    verb = main_verb(claim)
    if verb is None or not verb.terms or set(verb.terms) & stated:
        return None
    opposed = antonym_terms(verb.word.lower(), vocab)
    if not opposed or opposed.isdisjoint(passage.terms):
        return None  # most claims: no antonym of the verb anywhere in the passage
    names = [m for m in claim.mentions if m.family == "name"]
    for k, token in enumerate(passage.tokens):
        if opposed.isdisjoint(token.terms) or within(sentence, passage, token) \
                or not used_as_verb(passage, k):
            continue
        for agent in headed_agents(passage, k):
            if any(name_found(mine, as_text(agent), vocab) for mine in names):
                return agent
    return None
