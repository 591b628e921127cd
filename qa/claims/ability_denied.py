"""A verb denied by a negative prefix on an adjective of possibility before "to" ("impossible
to predict", "unable to verify"): the text says the deed cannot be done, as "cannot predict"
does, though no negation word marks the verb (`facts.parse` reads "unable" as a negation,
"impossible" as a prefixed "possible" only).

`ability_denies`: the text's word `term` is the verb of such a phrase, an adverb or two
between at most ("impossible to definitively predict"). A claim that denies the verb
("cannot definitively predict") then agrees with it; read as the text affirming the verb,
a true claim was called contradicted (round 83, branch conflict90).
"""
from __future__ import annotations

from .facts import Parsed, negative_prefix

# the adjectives of possibility a negative prefix denies before "to" and a verb
ABILITY = frozenset(("possible", "able"))
REACH = 3  # words from "to" to the verb: "to ever definitively predict"


def ability_denies(text: Parsed, term: str) -> bool:
    tokens = text.tokens
    for i, token in enumerate(tokens[:-2]):
        prefix, rest = negative_prefix(token.lower)
        if not prefix or rest not in ABILITY or tokens[i + 1].lower != "to" \
                or tokens[i + 1].brk:
            continue
        for k in range(i + 2, min(len(tokens), i + 2 + REACH)):
            if tokens[k].brk:
                break
            if term in tokens[k].terms:
                return True
    return False
