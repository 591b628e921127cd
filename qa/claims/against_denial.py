"""A noun "against" a thing is the noun that denies it: "a strict policy against firearms" is
"a strict no-firearms policy".

A noun negation ("no", `facts.NOUN_NEGATIONS`) before a compound denies its words together
("no firearm policy" denies "firearm" and "policy" as one phrase): the phrase names a policy
of having no firearms, not the absence of a policy. The other text that writes the same two
words joined by "against" ("policy against firearms") says the same: neither word is affirmed
against the denial. Against the plain word ("a firearms policy") the denial still stands.
"""
from __future__ import annotations

from .facts import NOUN_NEGATIONS, Parsed

AGAINST = "against"


def denied_as_against(denying: Parsed, cue: tuple[int, int], affirming: Parsed,
                      term: str) -> bool:
    """`denying`'s noun negation at `cue` denies `term` and another word that `affirming`
    writes on the other side of "against" from `term` ("policy against weapons" / "no weapon
    policy")."""
    if denying.text[cue[0]:cue[1]].split()[0].lower() not in NOUN_NEGATIONS:
        return False
    # the words of the phrase one negation denies: each span runs from the same cue
    denied = {t for t, span in denying.negated.items() if span[0] == cue[0]}
    tokens = affirming.tokens
    for k, token in enumerate(tokens[1:-1], 1):
        if token.word.lower() != AGAINST or tokens[k + 1].brk:
            continue
        before, after = set(tokens[k - 1].terms), set(tokens[k + 1].terms)
        if term in before | after and before & denied and after & denied:
            return True
    return False
