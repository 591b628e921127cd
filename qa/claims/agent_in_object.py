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
JOINERS = frozenset(("and", "or"))
OBJECT_REACH = 12  # words after the verb its object phrase may run to


def agent_in_object(claim: Parsed, sentence: Parsed, vocab, bodies=None) -> str | None:
    """The claim's agent (a name, of its active or passive verb) whose words all stand in the
    object of the claim's verb in the sentence, no name before that verb in its clause
    being the claim's agent; None otherwise."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not finite(claim, n):
            continue
        agents = agents_of(claim, n)
        if not agents:
            continue
        for k in verb_places(token, sentence, vocab):
            if not finite(sentence, k) or not active(sentence, k) \
                    or k + 1 >= len(sentence.tokens):
                continue  # a noun of the deed ("the departure of X") has its agent after it
            terms = object_terms(sentence, k)
            for agent in agents:
                words = agent_words(claim, agent)
                if words and all(set(t.terms) <= terms for t in words if t.terms) \
                        and any(t.terms for t in words) \
                        and not named_before(sentence, k, agent, claim, vocab, bodies):
                    return agent.text
    return None


def agent_words(claim: Parsed, name) -> list:
    """The words of the claim's agent: its name, and the nouns after it that the name
    qualifies ("by MINUSMA staff", "by the Sudland president"), up to a break or a function
    word."""
    words = []
    for t in claim.tokens:
        if t.start < name.start:
            continue
        if t.start >= name.end and (t.brk or not t.terms or not t.word.islower()
                                    or t.word.lower() in ENDS):
            break
        words.append(t)
    return words


def object_terms(sentence: Parsed, k: int) -> set[str]:
    """The terms of the phrase after the k-th word, a verb: up to a clause break, a
    preposition other than "of", a word opening another clause or an "and" that does not
    join two names, within OBJECT_REACH."""
    found: set[str] = set()
    tokens = sentence.tokens
    for j in range(k + 1, min(k + 1 + OBJECT_REACH, len(tokens))):
        t = tokens[j]
        if t.brk or t.word.lower() in ENDS or t.word.lower() in JOINERS and not listed(tokens, j):
            break
        found.update(t.terms)
    return found


def listed(tokens, j: int) -> bool:
    """The j-th word, "and" or "or", joins two names within one phrase ("the Ivorian and
    Nigerien heads of state"), not another clause ("60 percent of the catch and Sweden 40
    percent": the second's subject, its verb left out)."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1].word[:1].isupper() \
        and tokens[j + 1].word[:1].isupper()


def named_before(sentence: Parsed, k: int, agent, claim: Parsed, vocab, bodies) -> bool:
    """A name before the sentence's k-th word in its clause (after its last break) is the
    claim's agent, or the verb's own agents are."""
    verb = sentence.tokens[k]
    start = max((t.start for t in sentence.tokens[:k + 1] if t.brk), default=0)
    before = [m for m in outermost(sentence) if start <= m.start and m.end <= verb.start]
    before += agents_of(sentence, k)
    return bool(before) and alike([agent], before, claim, sentence, vocab, bodies)
