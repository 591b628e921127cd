"""The closed class of auxiliary verbs: one definition of each set for every claim module that
asks, so that the modules differ only where they say why (a verb's past form is `past_forms`').

It imports nothing of `qa.claims`, so that the modules `facts` itself reads (`negation_scope`)
can import it too. A module that needs another set derives it from these ones
(`AUXILIARY_WORDS - BE`, `BE | HAVE`) with a comment saying why.
"""
from __future__ import annotations

# the forms of "be" ("am" aside), for every module that asks: what makes "X is Y" about X
BE = frozenset("is are was were be been being".split())
# the forms of "be" that never carry a tense: they follow an auxiliary that does ("has been")
NONFINITE_BE = frozenset("be been being".split())
TENSED_BE = BE - NONFINITE_BE  # "is are was were"
BE_FORMS = BE | frozenset(("am",))  # every form of "be": a claim may be in the first person
# the forms of "have" and "do" that help another verb ("has sent", "did not send")
HAVE = frozenset("has have had".split())
DO = frozenset("do does did".split())
# the modal auxiliaries ("ought", which takes "to", aside)
MODAL_AUXILIARIES = frozenset("will would can could may might must shall should".split())

# the auxiliaries before a verb that make it a predicate ("was financed", "has sent", "will
# send")
AUXILIARY_WORDS = BE | HAVE | DO | MODAL_AUXILIARIES
FINITE_AUXILIARIES = AUXILIARY_WORDS | frozenset(("am",))  # a finite form of them all
# the auxiliaries that carry the clause's tense: where a subject ends ("the mission has")
TENSED_AUXILIARIES = AUXILIARY_WORDS - NONFINITE_BE

