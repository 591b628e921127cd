"""Whether the sentence gives the claim's deed to another named party: "the government
rejected the deal" / "the deal was signed by the government. However, it was rejected by the
rebels".

Two neighbouring sentences read as one (`check.neighbour_pairs`) state every word of such a
claim: the subject in one, the verb in the other. But the verb there has an agent of its own,
after its "by", and a name that is not the claim's subject: the sentence says someone else
did it. `opposition.agent_replaced` reads this where the agent is another name of the claim;
here the agent may be any name, and the claim's subject a name with the noun it qualifies
("the Malian government", "Egypt's contingent"), since a passive's agent says who did it
whatever else the claim names.
"""
from __future__ import annotations

from .compare import name_found
from .facts import Mention, Parsed
from .opposition import (active, agents_of, as_text, finite, occurrences, passive,
                         same_actor, used_as_verb)
from .vocabulary import Vocabulary

HEAD = 2  # common nouns a subject's name may qualify before the verb ("Malian government")


def another_agent(claim: Parsed, sentence: Parsed, vocab: Vocabulary
                  ) -> tuple[Mention, Mention] | None:
    """(the claim's subject, the sentence's agent) where the sentence states the claim's
    active verb only as a passive whose agent is a name other than the claim's subject; None
    if it states it with that subject, with no named agent, or not at all."""
    for n, token in enumerate(claim.tokens):
        if not token.terms or not finite(claim, n) or not active(claim, n) \
                or passive(claim, n):  # "a project funded by Norway": a reduced passive
            continue
        subject = subject_name(claim, n)
        if subject is None:
            continue
        places = [k for k in occurrences(token, sentence, vocab) if used_as_verb(sentence, k)]
        others = []
        for k in places:
            agents = agents_of(sentence, k) if passive(sentence, k) else []
            if not agents or any(same_actor(subject, m, vocab)
                                 or name_found(subject, as_text(m), vocab) for m in agents):
                others = []
                break  # the claim's party, or a party the sentence leaves unnamed
            others.append(agents[0])
        if others:
            return subject, others[0]
    return None


def subject_name(claim: Parsed, n: int) -> Mention | None:
    """The name right before the claim's n-th word, or before the HEAD common nouns it
    qualifies there ("the Malian government rejected"): its subject; None if there is none."""
    names = [m for m in claim.mentions if m.family == "name"]
    k = n
    for _ in range(HEAD + 1):
        if claim.tokens[k].brk:
            return None  # a clause break: what stands before is no subject of this verb
        start = claim.tokens[k].start
        found = next((m for m in names if m.end <= start
                      and not claim.text[m.end:start].strip(" '’s")), None)
        if found is not None:
            return found
        k -= 1
        if k < 0 or not claim.tokens[k].word.isalpha() or not claim.tokens[k].word.islower():
            return None
    return None
