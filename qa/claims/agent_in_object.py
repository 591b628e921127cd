"""The claim's agent named in the sentence as what the verb acts on: "the legitimacy of
Norland's premier was questioned by the Sudland president" / "Norland's premier ... questioned
the legitimacy of the Sudland president".

Every word and name of the claim is there, so coverage reaches support; but who questioned
whom is the other way round. `roles.roles_swapped` reads two participants trading places
where the sentence names both plainly; here the sentence's agent may be a pronoun ("he
questioned"), or far before its verb, and the claim's agent stands inside the verb's
object, an "of" phrase deep ("the legitimacy of the Sudland president"). Where the sentence
states the claim's verb as an active verb, every word of the claim's agent stands in the
phrase after it (its object, with its "of" phrases and a list: "the Sudland and Estlandic
presidents"), and no name before it in its clause is the claim's agent, the agent is the
one acted on there, and the sentence is no evidence that it acted. Read for abstention only:
the sentence does not say who did it.
"""
from __future__ import annotations

from .deed_elsewhere import alike
from .facts import Parsed
from .opposition import active, agents_of, finite, outermost
from .roles import verb_places
from .straddled import PREPOSITIONS

# what ends the object phrase after a verb: another preposition than "of" (where, when,
# with whom), or the word opening another clause
ENDS = (PREPOSITIONS - {"of"}) | frozenset(
    "that which who whom when while whereas but because as than after before regarding "
    "concerning including following during".split())
OBJECT_REACH = 12  # words after the verb its object phrase may run to


def agent_in_object(claim: Parsed, sentence: Parsed, vocab, bodies=None) -> str | None:
    """The claim's agent (a name, of its active or passive verb) whose words all stand in the
    object of the claim's verb in the sentence, no name before that verb in its clause
    being the claim's agent; None otherwise."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not finite(claim, n):
            continue
        agents = [m for m in agents_of(claim, n) if whole_agent(claim, m)]
        if not agents:
            continue
        for k in verb_places(token, sentence, vocab):
            if not finite(sentence, k) or not active(sentence, k) \
                    or k + 1 >= len(sentence.tokens):
                continue  # a noun of the deed ("the departure of X") has its agent after it
            terms = object_terms(sentence, k)
            for agent in agents:
                words = [t for t in claim.tokens if agent.start <= t.start < agent.end]
                if words and all(set(t.terms) <= terms for t in words if t.terms) \
                        and any(t.terms for t in words) \
                        and not named_before(sentence, k, agent, claim, vocab, bodies):
                    return agent.text
    return None


def whole_agent(claim: Parsed, name) -> bool:
    """The name is the agent itself, not a modifier of the agent's noun after it ("by MINUSMA
    staff": the staff acted, whom a sentence may name otherwise)."""
    after = next((t for t in claim.tokens if t.start >= name.end), None)
    return after is None or after.brk or not (after.terms and after.word.islower()) \
        or after.word.lower() in ENDS


def object_terms(sentence: Parsed, k: int) -> set[str]:
    """The terms of the phrase after the k-th word, a verb: up to a clause break, a
    preposition other than "of" or a word opening another clause, within OBJECT_REACH."""
    found: set[str] = set()
    for t in sentence.tokens[k + 1:k + 1 + OBJECT_REACH]:
        if t.brk or t.word.lower() in ENDS:
            break
        found.update(t.terms)
    return found


def named_before(sentence: Parsed, k: int, agent, claim: Parsed, vocab, bodies) -> bool:
    """A name before the sentence's k-th word in its clause (after its last break) is the
    claim's agent, or the verb's own agents are."""
    verb = sentence.tokens[k]
    start = max((t.start for t in sentence.tokens[:k + 1] if t.brk), default=0)
    before = [m for m in outermost(sentence) if start <= m.start and m.end <= verb.start]
    before += agents_of(sentence, k)
    return bool(before) and alike([agent], before, claim, sentence, vocab, bodies)
