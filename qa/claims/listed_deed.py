"""The claim's name listed in the sentence among those doing what the claim has another name
do, its own deed unsaid: "with Norland abstaining while Sudland voted in favour" / "with
Sudland and Norland abstaining".

A claim that gives two names two deeds says each did its own; the sentence that lists both
as doing the first says the second name did that too, and nothing of the deed the claim gives
it. Every name and most words are there, so coverage reaches support. Where the claim's
second deed (a verb whose agent is a name) has no word the sentence states, and the sentence
lists that agent among the agents of the claim's first deed, whose own agent in the claim is
another name, the sentence is no evidence of the claim's second deed. Read for abstention
only: one may do both ("voted in favour" after "abstaining" on another text), which the
sentence, that says nothing of it, cannot tell.
"""
from __future__ import annotations

from ..search.wordnet import can_be_verb
from .deed_elsewhere import alike
from .facts import Parsed
from .opposition import names_before, occurrences


def listed_deed(claim: Parsed, sentence: Parsed, vocab, stated, bodies=None) -> str | None:
    """The claim's name whose deed the sentence leaves unsaid (`stated`: the claim terms
    the sentence states) while listing it among the agents of a deed the claim gives another
    name; None otherwise. A deed's agents are the names listed right before its verb
    (`opposition.names_before`), without `agents_of`'s reading of the voice, which a form of
    "be" earlier in the text turns passive ("was not adopted, with Norland abstaining")."""
    deeds = [(n, agents) for n, t in enumerate(claim.tokens)
             if t.terms and t.word.islower() and can_be_verb(t.word)
             for agents in [names_before(claim, n)] if agents]
    if len(deeds) < 2:
        return None
    for n, mine in deeds:
        for m, others in deeds:
            if m == n or set(claim.tokens[m].terms) & stated \
                    or alike(mine, others, claim, claim, vocab, bodies):
                continue
            for k in occurrences(claim.tokens[n], sentence, vocab):
                theirs = names_before(sentence, k)
                if len(theirs) > 1 and alike(others, theirs, claim, sentence, vocab, bodies) \
                        and alike(mine, theirs, claim, sentence, vocab, bodies):
                    return others[0].text
    return None

